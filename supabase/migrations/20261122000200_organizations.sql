-- Organisations (cities and others) and who belongs to them.
create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (char_length(btrim(name)) between 1 and 120),
  kind text not null default 'city'
    check (kind in ('city', 'company', 'research', 'public_body', 'network', 'other')),
  country text not null default '',
  created_at timestamptz not null default now()
);
comment on table public.organizations is 'Cities, companies and other bodies that own workshops and publish use cases.';

create table public.organization_members (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'publisher')),
  created_at timestamptz not null default now(),
  primary key (organization_id, user_id)
);
comment on table public.organization_members is 'Membership of a person in an organisation; publishers may publish its use cases.';
create index organization_members_user_id_idx on public.organization_members (user_id);

alter table public.organizations enable row level security;
alter table public.organization_members enable row level security;

-- Membership checks live outside the API schema and bypass RLS on
-- organization_members, so policies can call them without recursing.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated;

create function private.is_organization_member(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organization_members m
    where m.organization_id = org and m.user_id = (select auth.uid())
  )
$$;

create function private.is_organization_publisher(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organization_members m
    where m.organization_id = org and m.user_id = (select auth.uid()) and m.role = 'publisher'
  )
$$;

revoke execute on function private.is_organization_member(uuid) from public, anon;
revoke execute on function private.is_organization_publisher(uuid) from public, anon;
grant execute on function private.is_organization_member(uuid) to authenticated;
grant execute on function private.is_organization_publisher(uuid) to authenticated;

create policy "Anyone reads organisations"
  on public.organizations for select to anon, authenticated
  using (true);

create policy "Members read the members of their organisations"
  on public.organization_members for select to authenticated
  using (user_id = (select auth.uid()) or private.is_organization_member(organization_id));
-- No insert, update or delete policies: memberships are granted by an
-- administrator with the service role until an invitation flow exists.
