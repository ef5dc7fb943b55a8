-- Workshops, their members and canvases: what the realtime server checks a
-- connection against.
create table public.workshops (
  id uuid primary key default gen_random_uuid(),
  title text not null check (char_length(btrim(title)) between 1 and 160),
  description text not null default '' check (char_length(description) <= 2000),
  organization_id uuid references public.organizations (id) on delete set null,
  join_code text not null unique check (join_code ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$'),
  created_by uuid not null default auth.uid() references auth.users (id) on delete cascade,
  status text not null default 'open' check (status in ('draft', 'open', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.workshops is 'A live co-creation workshop; people join it by its code.';
create index workshops_created_by_idx on public.workshops (created_by);
create index workshops_organization_id_idx on public.workshops (organization_id);

create table public.workshop_members (
  workshop_id uuid not null references public.workshops (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'participant' check (role in ('facilitator', 'participant', 'observer')),
  stakeholder text not null default 'citizen'
    check (stakeholder in ('city', 'company', 'developer', 'citizen', 'academia', 'other')),
  display_name text not null check (char_length(btrim(display_name)) between 1 and 60),
  joined_at timestamptz not null default now(),
  primary key (workshop_id, user_id)
);
comment on table public.workshop_members is 'Who takes part in a workshop, with which role and stakeholder type.';
create index workshop_members_user_id_idx on public.workshop_members (user_id);

create table public.canvases (
  id uuid primary key default gen_random_uuid(),
  workshop_id uuid not null references public.workshops (id) on delete cascade,
  template text not null check (template in (
    'business-model-canvas', 'magic-triangle', 'opportunity-value-advantage', 'multi-sided-market', 'blank'
  )),
  title text not null check (char_length(btrim(title)) between 1 and 120),
  locked boolean not null default false,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.canvases is 'A shared canvas of a workshop; its content lives in a Y.Doc persisted by the realtime server.';
create index canvases_workshop_id_idx on public.canvases (workshop_id, position);

alter table public.workshops enable row level security;
alter table public.workshop_members enable row level security;
alter table public.canvases enable row level security;

create function private.workshop_role(workshop uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.workshop_members m
  where m.workshop_id = workshop and m.user_id = (select auth.uid())
$$;
revoke execute on function private.workshop_role(uuid) from public, anon;
grant execute on function private.workshop_role(uuid) to authenticated;

create policy "Members read their workshops"
  on public.workshops for select to authenticated
  using (private.workshop_role(id) is not null or created_by = (select auth.uid()));

create policy "Signed-in people with an email create workshops"
  on public.workshops for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and coalesce(((select auth.jwt()) ->> 'is_anonymous')::boolean, false) = false
  );

create policy "Facilitators update their workshops"
  on public.workshops for update to authenticated
  using (private.workshop_role(id) = 'facilitator')
  with check (private.workshop_role(id) = 'facilitator');

create policy "Facilitators delete their workshops"
  on public.workshops for delete to authenticated
  using (private.workshop_role(id) = 'facilitator');

create policy "Members read who else takes part"
  on public.workshop_members for select to authenticated
  using (private.workshop_role(workshop_id) is not null);

create policy "Facilitators add members"
  on public.workshop_members for insert to authenticated
  with check (private.workshop_role(workshop_id) = 'facilitator');

create policy "Facilitators change roles"
  on public.workshop_members for update to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator')
  with check (private.workshop_role(workshop_id) = 'facilitator');

create policy "Facilitators remove members and members leave"
  on public.workshop_members for delete to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator' or user_id = (select auth.uid()));

create policy "Members read the canvases"
  on public.canvases for select to authenticated
  using (private.workshop_role(workshop_id) is not null);

create policy "Facilitators add canvases"
  on public.canvases for insert to authenticated
  with check (private.workshop_role(workshop_id) = 'facilitator');

create policy "Facilitators change canvases"
  on public.canvases for update to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator')
  with check (private.workshop_role(workshop_id) = 'facilitator');

create policy "Facilitators remove canvases"
  on public.canvases for delete to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator');

-- Join codes: six characters without look-alikes (no 0/O, 1/I/L), easy to read aloud.
create function private.new_join_code() returns text
language plpgsql volatile
set search_path = ''
as $$
declare
  alphabet constant text := 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  code text;
begin
  loop
    code := '';
    for i in 1..6 loop
      code := code || substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
    end loop;
    exit when not exists (select 1 from public.workshops w where w.join_code = code);
  end loop;
  return code;
end;
$$;
revoke execute on function private.new_join_code() from public, anon;
grant execute on function private.new_join_code() to authenticated;
alter table public.workshops alter column join_code set default private.new_join_code();

-- The creator becomes the first facilitator.
create function private.add_creator_as_facilitator() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
  select new.id, new.created_by, 'facilitator', coalesce(p.stakeholder, 'city'),
         coalesce(p.display_name, u.email, 'Facilitator')
  from auth.users u left join public.profiles p on p.id = u.id
  where u.id = new.created_by;
  return new;
end;
$$;
revoke execute on function private.add_creator_as_facilitator() from public, anon, authenticated;

create trigger workshops_add_creator
  after insert on public.workshops
  for each row execute function private.add_creator_as_facilitator();

create trigger workshops_touch_updated_at
  before update on public.workshops
  for each row execute function public.touch_updated_at();
create trigger canvases_touch_updated_at
  before update on public.canvases
  for each row execute function public.touch_updated_at();

-- Failed join attempts, to slow down guessing codes.
create table private.join_attempts (
  user_id uuid not null,
  attempted_at timestamptz not null default now()
);
create index join_attempts_user_idx on private.join_attempts (user_id, attempted_at);
alter table private.join_attempts enable row level security;

create function public.join_workshop(code text, display_name text, stakeholder text) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  normalized text := upper(regexp_replace(coalesce(code, ''), '[^A-Za-z0-9]', '', 'g'));
  name text := btrim(regexp_replace(coalesce(display_name, ''), '\s+', ' ', 'g'));
  found public.workshops%rowtype;
begin
  if me is null then
    raise exception 'sign in first' using errcode = '28000';
  end if;
  if char_length(name) not between 1 and 60 then
    raise exception 'display name must have 1 to 60 characters' using errcode = '22023';
  end if;
  if stakeholder is null or stakeholder not in ('city', 'company', 'developer', 'citizen', 'academia', 'other') then
    raise exception 'unknown stakeholder type' using errcode = '22023';
  end if;
  if (select count(*) from private.join_attempts a
      where a.user_id = me and a.attempted_at > now() - interval '10 minutes') >= 10 then
    raise exception 'too many wrong codes; try again in a few minutes' using errcode = '54000';
  end if;

  select * into found from public.workshops w where w.join_code = normalized;
  if found.id is null then
    -- Returning (not raising) keeps the attempt on record: a raise would roll it back.
    insert into private.join_attempts (user_id) values (me);
    return null;
  end if;
  if found.status <> 'open' then
    raise exception 'this workshop is closed' using errcode = '55000';
  end if;

  insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
  values (found.id, me, 'participant', stakeholder, name)
  on conflict (workshop_id, user_id) do nothing;
  return found.id;
end;
$$;
revoke execute on function public.join_workshop(text, text, text) from public, anon;
grant execute on function public.join_workshop(text, text, text) to authenticated;
comment on function public.join_workshop(text, text, text) is 'Adds the signed-in person to the open workshop with this code, as a participant; idempotent. Returns the workshop id, or null when no workshop has this code.';

-- Lock and role changes reach the realtime server at once, which turns open
-- connections read-only (or back) without waiting for a reconnect.
create function private.notify_collab_access() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'canvases' then
    perform pg_notify('collab_access', json_build_object(
      'kind', 'canvas', 'canvas_id', coalesce(new.id, old.id), 'workshop_id', coalesce(new.workshop_id, old.workshop_id),
      'locked', case when tg_op = 'DELETE' then null else new.locked end)::text);
  else
    perform pg_notify('collab_access', json_build_object(
      'kind', 'member', 'workshop_id', coalesce(new.workshop_id, old.workshop_id), 'user_id', coalesce(new.user_id, old.user_id),
      'role', case when tg_op = 'DELETE' then null else new.role end)::text);
  end if;
  return null;
end;
$$;
revoke execute on function private.notify_collab_access() from public, anon, authenticated;

create trigger canvases_notify_collab_access
  after update of locked or delete on public.canvases
  for each row execute function private.notify_collab_access();
create trigger workshop_members_notify_collab_access
  after update of role or delete on public.workshop_members
  for each row execute function private.notify_collab_access();
