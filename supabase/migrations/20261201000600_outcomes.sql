-- The shared ground of outcomes, publishing and replication (issue 12): the
-- tables each part builds on. Functions and policies beyond reading live in
-- the migrations after this one, one per part.

-- An organisation's admins invite members and give roles; publishers publish.
alter table public.organization_members drop constraint organization_members_role_check;
alter table public.organization_members
  add constraint organization_members_role_check check (role in ('member', 'publisher', 'admin'));
comment on column public.organization_members.role is 'member reads drafts; publisher also publishes, edits and retires use cases; admin also manages members.';

-- Publishing is the publisher's right; an admin holds it too.
create or replace function private.is_organization_publisher(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organization_members m
    where m.organization_id = org and m.user_id = (select auth.uid()) and m.role in ('publisher', 'admin')
  )
$$;

create function private.is_organization_admin(org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organization_members m
    where m.organization_id = org and m.user_id = (select auth.uid()) and m.role = 'admin'
  )
$$;
revoke execute on function private.is_organization_admin(uuid) from public, anon;
grant execute on function private.is_organization_admin(uuid) to authenticated;

-- The language a workshop runs in: its exports (Decidim) and, later, its UI.
alter table public.workshops
  add column language text not null default 'en' check (language in ('en', 'de', 'fr', 'it', 'es', 'fi')),
  -- A workshop started from a library use case remembers it.
  add column source_use_case_id uuid references public.use_cases (id) on delete set null;
create index workshops_source_use_case_id_idx on public.workshops (source_use_case_id);

-- One outcome per workshop. `content` is the projection of the outcome room's
-- Y.Doc in the shape of src/lib/domain/outcome.ts; only the realtime server
-- (its own connection) and security-definer functions write it.
create table public.outcomes (
  workshop_id uuid primary key references public.workshops (id) on delete cascade,
  content jsonb not null default '{}',
  source_use_case_id uuid references public.use_cases (id) on delete set null,
  updated_at timestamptz not null default now()
);
comment on table public.outcomes is 'The outcome of a workshop (Gassmann''s four dimensions, patterns, checks, revenue model), projected from its outcome room.';
create index outcomes_source_use_case_id_idx on public.outcomes (source_use_case_id);
alter table public.outcomes enable row level security;

create policy "Members read their workshop's outcome"
  on public.outcomes for select to authenticated
  using (private.workshop_role(workshop_id) is not null);
-- No write policy: see the comment above.

-- What a published use case carries beyond the seed's columns.
alter table public.use_cases
  -- The workshop whose outcome it was published from (none for the seed's).
  add column workshop_id uuid references public.workshops (id) on delete set null,
  -- The use case it replicates, when it came from a workshop started from one.
  add column source_use_case_id uuid references public.use_cases (id) on delete set null,
  add column atos jsonb not null default '{}',
  add column revenue_model jsonb not null default '{}',
  add column retired_at timestamptz;
create index use_cases_workshop_id_idx on public.use_cases (workshop_id);
create index use_cases_source_use_case_id_idx on public.use_cases (source_use_case_id);

-- A replication: an organisation published a use case from a workshop that
-- was started from another one. Written only by a trigger on publishing.
create table public.use_case_replications (
  id uuid primary key default gen_random_uuid(),
  use_case_id uuid not null references public.use_cases (id),
  replica_id uuid not null unique references public.use_cases (id),
  organization_id uuid not null references public.organizations (id),
  workshop_id uuid references public.workshops (id) on delete set null,
  replicated_at timestamptz not null default now(),
  check (use_case_id <> replica_id)
);
comment on table public.use_case_replications is 'Which organisation replicated which use case, when, and the use case it published.';
create index use_case_replications_use_case_id_idx on public.use_case_replications (use_case_id);
create index use_case_replications_organization_id_idx on public.use_case_replications (organization_id);
create index use_case_replications_workshop_id_idx on public.use_case_replications (workshop_id);
alter table public.use_case_replications enable row level security;

create policy "Anyone reads replications of use cases they can read"
  on public.use_case_replications for select to anon, authenticated
  using (
    exists (select 1 from public.use_cases u where u.id = use_case_id)
    and exists (select 1 from public.use_cases u where u.id = replica_id)
  );
