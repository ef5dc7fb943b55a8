-- Replication: starting a workshop from a library use case, and the record
-- the library keeps when such a workshop's use case is published.

-- Creates, in one transaction, a workshop for the reader's city started from a
-- use case: the workshop (its source recorded; the caller becomes facilitator
-- by the workshops_add_creator trigger), one Business Model Canvas, and the
-- workshop's draft outcome (the use case as an Outcome, built by the app:
-- src/lib/domain/replication.ts) recording its source. The canvas's notes are
-- Yjs content, which the app stores in the canvas's room afterwards.
--
-- Security definer because public.outcomes has no write policy (only the
-- realtime server and functions like this one write it); so it checks
-- itself what RLS would: a signed-in person with an email, who may read the
-- use case (published, or a member of its organisation), and who belongs to
-- the organisation the workshop is for, when one is given.
create function public.start_workshop_from_use_case(
  use_case uuid, title text, host text, organization uuid, purpose text, canvas_title text, outcome jsonb
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  source public.use_cases%rowtype;
  created uuid;
  canvas uuid;
begin
  if me is null or coalesce(((select auth.jwt()) ->> 'is_anonymous')::boolean, false) then
    raise exception 'sign in with your email to start a workshop' using errcode = '42501';
  end if;
  select * into source from public.use_cases u
  where u.id = use_case and (u.status = 'published' or private.is_organization_member(u.organization_id));
  if source.id is null then
    raise exception 'no such use case' using errcode = 'P0002';
  end if;
  if organization is not null and not private.is_organization_member(organization) then
    raise exception 'you are not a member of this organisation' using errcode = '42501';
  end if;
  if jsonb_typeof(outcome) is distinct from 'object' or pg_column_size(outcome) > 262144 then
    raise exception 'the outcome must be an object of at most 256 kB' using errcode = '22023';
  end if;

  insert into public.workshops (title, host, purpose, organization_id, source_use_case_id, created_by)
  values (btrim(title), btrim(coalesce(host, '')), btrim(coalesce(purpose, '')), organization, source.id, me)
  returning id into created;
  insert into public.canvases (workshop_id, template, title, position)
  values (created, 'business-model-canvas', btrim(canvas_title), 0)
  returning id into canvas;
  insert into public.outcomes (workshop_id, content, source_use_case_id)
  values (created, outcome, source.id);
  return jsonb_build_object('workshop', created, 'canvas', canvas);
end;
$$;
revoke execute on function public.start_workshop_from_use_case(uuid, text, text, uuid, text, text, jsonb) from public, anon;
grant execute on function public.start_workshop_from_use_case(uuid, text, text, uuid, text, text, jsonb) to authenticated;
comment on function public.start_workshop_from_use_case(uuid, text, text, uuid, text, text, jsonb) is
  'Starts a workshop from a use case: the workshop (caller as facilitator), a Business Model Canvas and the draft outcome, in one transaction. Returns {workshop, canvas}.';

-- A use case started from another one records the replication when it is
-- published, once: publishing it again (after an edit, say) keeps the first
-- record and its date.
create function private.record_replication() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.status = 'published' and new.source_use_case_id is not null and new.source_use_case_id <> new.id then
    insert into public.use_case_replications (use_case_id, replica_id, organization_id, workshop_id, replicated_at)
    values (new.source_use_case_id, new.id, new.organization_id, new.workshop_id, coalesce(new.published_at, now()))
    on conflict (replica_id) do nothing;
  end if;
  return null;
end;
$$;
revoke execute on function private.record_replication() from public, anon, authenticated;

create trigger use_cases_record_replication
  after insert or update of status, source_use_case_id on public.use_cases
  for each row execute function private.record_replication();
