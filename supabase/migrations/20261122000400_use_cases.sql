-- Use cases: the replication library that cities search and copy.

-- array_to_string is only stable, which a generated column refuses; joining
-- text with a space depends on nothing else, so this wrapper is immutable.
create function private.join_words(words text[]) returns text
language sql immutable
set search_path = ''
as $$ select coalesce(pg_catalog.array_to_string(words, ' '), '') $$;
revoke execute on function private.join_words(text[]) from public, anon;
grant execute on function private.join_words(text[]) to authenticated; -- publishers' inserts compute the search column

create table public.use_cases (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  title text not null check (char_length(btrim(title)) between 3 and 160),
  city text not null check (char_length(btrim(city)) between 1 and 80),
  country text not null check (char_length(btrim(country)) between 1 and 80),
  organization_id uuid not null references public.organizations (id),
  domain text not null check (domain in (
    'refurbishment', 'mobility', 'smart-data-platform', 'digital-services',
    'energy', 'environment', 'citizen-engagement'
  )),
  summary text not null check (char_length(btrim(summary)) between 10 and 2000),
  who text not null default '',
  what text not null default '',
  how text not null default '',
  why text not null default '',
  funding_mechanisms text[] not null default '{}',
  internal_success_factors text[] not null default '{}',
  external_success_factors text[] not null default '{}',
  stakeholders text[] not null default '{}',
  follower_cities text[] not null default '{}',
  maturity text not null default 'idea' check (maturity in ('idea', 'pilot', 'operating', 'replicated')),
  scalability smallint check (scalability between 1 and 5),
  replicability smallint check (replicability between 1 and 5),
  sustainability smallint check (sustainability between 1 and 5),
  lessons text not null default '',
  replication_conditions text not null default '',
  status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
  published_at timestamptz,
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A published use case must tell all four Gassmann dimensions.
  constraint use_cases_published_has_dimensions check (
    status <> 'published'
    or (btrim(who) <> '' and btrim(what) <> '' and btrim(how) <> '' and btrim(why) <> '')
  ),
  search tsvector generated always as (
    setweight(to_tsvector('english', title || ' ' || city || ' ' || country), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', who || ' ' || what || ' ' || how || ' ' || why), 'C')
    || setweight(to_tsvector('english',
         private.join_words(follower_cities) || ' ' || private.join_words(stakeholders) || ' '
         || private.join_words(internal_success_factors) || ' ' || private.join_words(external_success_factors) || ' '
         || private.join_words(funding_mechanisms) || ' ' || lessons || ' ' || replication_conditions), 'D')
  ) stored
);
comment on table public.use_cases is 'Use cases of the replication library, tied to Gassmann''s Who / What / How / Why.';
comment on column public.use_cases.search is 'Full-text search vector: title and place, summary, the four dimensions, lessons.';

create index use_cases_search_idx on public.use_cases using gin (search);
create index use_cases_organization_id_idx on public.use_cases (organization_id);
create index use_cases_status_domain_idx on public.use_cases (status, domain);
create index use_cases_created_by_idx on public.use_cases (created_by);

create table public.use_case_patterns (
  use_case_id uuid not null references public.use_cases (id) on delete cascade,
  pattern_id smallint not null references public.business_model_patterns (id),
  primary key (use_case_id, pattern_id)
);
comment on table public.use_case_patterns is 'Which business model patterns a use case applies.';
create index use_case_patterns_pattern_id_idx on public.use_case_patterns (pattern_id);

alter table public.use_cases enable row level security;
alter table public.use_case_patterns enable row level security;

create policy "Anyone reads published use cases"
  on public.use_cases for select to anon, authenticated
  using (status = 'published');

create policy "Members read their organisation's use cases"
  on public.use_cases for select to authenticated
  using (private.is_organization_member(organization_id));

create policy "Publishers create their organisation's use cases"
  on public.use_cases for insert to authenticated
  with check (private.is_organization_publisher(organization_id));

create policy "Publishers update their organisation's use cases"
  on public.use_cases for update to authenticated
  using (private.is_organization_publisher(organization_id))
  with check (private.is_organization_publisher(organization_id));
-- No delete policy: a use case is retired (status = 'retired'), never deleted,
-- so cities that replicated it keep their reference.

create policy "Anyone reads the patterns of use cases they can read"
  on public.use_case_patterns for select to anon, authenticated
  using (exists (select 1 from public.use_cases u where u.id = use_case_id));

create policy "Publishers link patterns to their use cases"
  on public.use_case_patterns for insert to authenticated
  with check (exists (
    select 1 from public.use_cases u
    where u.id = use_case_id and private.is_organization_publisher(u.organization_id)
  ));

create policy "Publishers unlink patterns from their use cases"
  on public.use_case_patterns for delete to authenticated
  using (exists (
    select 1 from public.use_cases u
    where u.id = use_case_id and private.is_organization_publisher(u.organization_id)
  ));

create function public.stamp_use_case() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  if new.status = 'published' and (tg_op = 'INSERT' or old.status <> 'published') then
    -- People cannot back-date a publication; the seed may.
    new.published_at := case when auth.uid() is null then coalesce(new.published_at, now()) else now() end;
  end if;
  if tg_op = 'INSERT' and auth.uid() is not null then
    -- A person creates use cases as themselves, never in someone else's name.
    new.created_by := auth.uid();
    new.created_at := now();
  end if;
  if tg_op = 'UPDATE' then
    -- Who made it stays who made it.
    new.created_by := old.created_by;
    new.created_at := old.created_at;
  end if;
  return new;
end;
$$;
revoke execute on function public.stamp_use_case() from public, anon, authenticated;

create trigger use_cases_stamp
  before insert or update on public.use_cases
  for each row execute function public.stamp_use_case();
