-- Publishing a workshop's outcome as a library use case (issue 12): a
-- publisher of an organisation who facilitates the workshop saves a draft,
-- previews it, publishes it, edits it later and retires it. Every write goes
-- through PostgREST as the person, so the policies here are the gate; the two
-- functions below are security invoker (RLS applies inside them) and exist
-- only so a use case and its patterns are written in one transaction.

-- A use case retired through the app was public before: links to it are out
-- there, so its page stays readable and says "retired". (The seed's retired
-- use case was never published here and has no retired_at: it stays hidden.)
create policy "Anyone reads use cases retired by their organisation"
  on public.use_cases for select to anon, authenticated
  using (status = 'retired' and retired_at is not null);

-- A use case published from a workshop comes from one its author facilitates:
-- a publisher cannot pass off another group's workshop as their city's.
drop policy "Publishers create their organisation's use cases" on public.use_cases;
create policy "Publishers create their organisation's use cases from workshops they facilitate"
  on public.use_cases for insert to authenticated
  with check (
    private.is_organization_publisher(organization_id)
    and (workshop_id is null or private.workshop_role(workshop_id) = 'facilitator')
  );

-- What a workshop's outcome gives a use case, read past RLS (the caller's
-- insert policy has already required them to facilitate that workshop).
create function private.outcome_for_use_case(workshop uuid)
returns table (source_use_case_id uuid, atos jsonb, revenue_model jsonb)
language sql stable security definer
set search_path = ''
as $$
  select w.source_use_case_id,
         coalesce(o.content -> 'atos', '{}'::jsonb),
         coalesce(o.content -> 'revenue', '{}'::jsonb)
  from public.workshops w
  left join public.outcomes o on o.workshop_id = w.id
  where w.id = workshop
$$;
revoke execute on function private.outcome_for_use_case(uuid) from public, anon;
grant execute on function private.outcome_for_use_case(uuid) to authenticated;

-- Stamps what a person may not choose: when it was retired, and what came from
-- the workshop (its source use case, the Atos check and the revenue model are
-- copied from the workshop and its outcome, never taken from the request).
-- The seed and the service role (no auth.uid()) write these as they are.
create function private.stamp_use_case_publishing() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  source record;
begin
  if auth.uid() is null then
    if tg_op = 'UPDATE' and new.status = 'retired' and old.status <> 'retired' then
      new.retired_at := coalesce(new.retired_at, now());
    end if;
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.retired_at := case when new.status = 'retired' then now() end;
    new.source_use_case_id := null;
    if new.workshop_id is not null then
      select * into source from private.outcome_for_use_case(new.workshop_id);
      new.source_use_case_id := source.source_use_case_id;
      new.atos := coalesce(source.atos, '{}'::jsonb);
      new.revenue_model := coalesce(source.revenue_model, '{}'::jsonb);
    end if;
    return new;
  end if;
  -- An update keeps where it came from.
  new.workshop_id := old.workshop_id;
  new.source_use_case_id := old.source_use_case_id;
  if new.status = 'retired' and old.status <> 'retired' then
    new.retired_at := now();
  elsif new.status <> 'retired' then
    new.retired_at := null;
  else
    new.retired_at := old.retired_at;
  end if;
  return new;
end;
$$;
revoke execute on function private.stamp_use_case_publishing() from public, anon, authenticated;

-- Named to fire after use_cases_stamp (triggers fire in name order).
create trigger use_cases_stamp_publishing
  before insert or update on public.use_cases
  for each row execute function private.stamp_use_case_publishing();

-- The columns a publisher writes, from a JSON object (the form's fields).
-- Lists arrive as JSON arrays of text, scores as numbers or null.
create function private.use_case_text_list(value jsonb) returns text[]
language sql immutable
set search_path = ''
as $$
  select case when pg_catalog.jsonb_typeof(value) = 'array'
    then array(select pg_catalog.jsonb_array_elements_text(value))
    else '{}'::text[] end
$$;
revoke execute on function private.use_case_text_list(jsonb) from public, anon;
grant execute on function private.use_case_text_list(jsonb) to authenticated;

-- Creates a draft and links its patterns in one step: a failure anywhere
-- (refused by RLS, a check, a taken slug, an unknown pattern) keeps nothing.
create function public.create_use_case_draft(use_case jsonb, patterns smallint[]) returns text
language plpgsql
security invoker
set search_path = ''
as $$
declare
  created_id uuid;
  created_slug text;
begin
  insert into public.use_cases (
    slug, title, city, country, organization_id, domain, maturity, summary,
    who, what, how, why, funding_mechanisms, internal_success_factors, external_success_factors,
    scalability, replicability, sustainability, lessons, replication_conditions, workshop_id, status
  ) values (
    use_case ->> 'slug', use_case ->> 'title', use_case ->> 'city', use_case ->> 'country',
    (use_case ->> 'organization_id')::uuid, use_case ->> 'domain', coalesce(use_case ->> 'maturity', 'idea'),
    use_case ->> 'summary',
    coalesce(use_case ->> 'who', ''), coalesce(use_case ->> 'what', ''),
    coalesce(use_case ->> 'how', ''), coalesce(use_case ->> 'why', ''),
    private.use_case_text_list(use_case -> 'funding_mechanisms'),
    private.use_case_text_list(use_case -> 'internal_success_factors'),
    private.use_case_text_list(use_case -> 'external_success_factors'),
    (use_case ->> 'scalability')::smallint, (use_case ->> 'replicability')::smallint,
    (use_case ->> 'sustainability')::smallint,
    coalesce(use_case ->> 'lessons', ''), coalesce(use_case ->> 'replication_conditions', ''),
    (use_case ->> 'workshop_id')::uuid, 'draft'
  )
  returning id, slug into created_id, created_slug;
  insert into public.use_case_patterns (use_case_id, pattern_id)
  select created_id, p from pg_catalog.unnest(coalesce(patterns, '{}')) as p
  on conflict do nothing;
  return created_slug;
end;
$$;
comment on function public.create_use_case_draft(jsonb, smallint[]) is 'Saves a use case draft with its business model patterns in one transaction, as the caller (RLS applies).';
revoke execute on function public.create_use_case_draft(jsonb, smallint[]) from public, anon;
grant execute on function public.create_use_case_draft(jsonb, smallint[]) to authenticated;

-- Saves an edit and the new set of patterns in one step; refused (nothing
-- changed) when RLS hides the use case or refuses the update.
create function public.update_use_case(use_case_id uuid, use_case jsonb, patterns smallint[]) returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  update public.use_cases set
    title = use_case ->> 'title', city = use_case ->> 'city', country = use_case ->> 'country',
    domain = use_case ->> 'domain', maturity = use_case ->> 'maturity', summary = use_case ->> 'summary',
    who = coalesce(use_case ->> 'who', ''), what = coalesce(use_case ->> 'what', ''),
    how = coalesce(use_case ->> 'how', ''), why = coalesce(use_case ->> 'why', ''),
    funding_mechanisms = private.use_case_text_list(use_case -> 'funding_mechanisms'),
    internal_success_factors = private.use_case_text_list(use_case -> 'internal_success_factors'),
    external_success_factors = private.use_case_text_list(use_case -> 'external_success_factors'),
    scalability = (use_case ->> 'scalability')::smallint, replicability = (use_case ->> 'replicability')::smallint,
    sustainability = (use_case ->> 'sustainability')::smallint,
    lessons = coalesce(use_case ->> 'lessons', ''), replication_conditions = coalesce(use_case ->> 'replication_conditions', '')
  where id = use_case_id;
  if not found then
    raise exception 'not_allowed' using errcode = '42501';
  end if;
  delete from public.use_case_patterns l
  where l.use_case_id = update_use_case.use_case_id and l.pattern_id <> all (coalesce(patterns, '{}'));
  insert into public.use_case_patterns (use_case_id, pattern_id)
  select update_use_case.use_case_id, p from pg_catalog.unnest(coalesce(patterns, '{}')) as p
  on conflict do nothing;
end;
$$;
comment on function public.update_use_case(uuid, jsonb, smallint[]) is 'Saves an edited use case and its patterns in one transaction, as the caller (RLS applies).';
revoke execute on function public.update_use_case(uuid, jsonb, smallint[]) from public, anon;
grant execute on function public.update_use_case(uuid, jsonb, smallint[]) to authenticated;

-- The first free slug from the one wanted: wanted, wanted-2, wanted-3, ...
-- Slugs are unique across every organisation, drafts included, which RLS
-- hides from the caller; this answers only whether an address is taken.
create function public.free_use_case_slug(wanted text) returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
  candidate text := wanted;
  n integer := 1;
begin
  while exists (select 1 from public.use_cases u where u.slug = candidate) loop
    n := n + 1;
    candidate := pg_catalog.rtrim(pg_catalog.left(wanted, 80 - pg_catalog.length(n::text) - 1), '-') || '-' || n;
  end loop;
  return candidate;
end;
$$;
revoke execute on function public.free_use_case_slug(text) from public, anon;
grant execute on function public.free_use_case_slug(text) to authenticated;
