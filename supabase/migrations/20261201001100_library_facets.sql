-- The library's search, sort and facet counts, each one round trip through
-- supabase-js rpc. Security invoker: the caller's role and row level security
-- decide which use cases count, exactly as for a plain select. Retired use
-- cases never appear.
--
-- Both build their statement from the filters that are set and run it with
-- EXECUTE ... USING: the values travel as parameters ($1..$5 = q, domain,
-- cities, maturity, pattern; never spliced into the text), and each call is
-- planned for its own filters, so a search uses the GIN index on `search` and
-- a filter its own index, where one generic plan of "($1 is null or ...)"
-- would read every row. The conditions are written out in both functions (the
-- same lines): a helper in `private` would need anon to use that schema.

-- The search vector stays in the row (compressed) instead of in the TOAST
-- table: every search reads it (the match, ts_rank), and fetching it from
-- TOAST row by row was most of a search's time (measured in psql on the benchmark's
-- 10,000 use cases: a word matching half of them, ~110 ms -> ~25 ms). Applies to
-- rows written from now on, which is all of them on a new database.
alter table public.use_cases alter column search set storage main;

-- Newest first without a search: the page's rows come straight off this index.
create index use_cases_published_at_idx on public.use_cases (published_at desc nulls last, title);
-- Filters on maturity, with or without a domain (status, domain exists since 20261122000400).
create index use_cases_status_maturity_idx on public.use_cases (status, maturity);
-- Everything the facet counts, the totals and the sorts read, so without words
-- they are index-only scans rather than reads of every (wide) row.
create index use_cases_library_idx on public.use_cases (status)
  include (id, domain, maturity, cities, published_at, title, slug);

-- How many times each use case was replicated, kept by a trigger on
-- use_case_replications, so "most replicated" sorts on a number instead of
-- counting (and checking RLS on) every replication of every use case found.
-- Counts every replication, also of replicas retired since: it was replicated.
create table public.use_case_replication_counts (
  use_case_id uuid primary key references public.use_cases (id) on delete cascade,
  replications integer not null check (replications >= 0)
);
comment on table public.use_case_replication_counts is 'Replications per use case (rows of use_case_replications), for sorting the library; written only by a trigger.';
alter table public.use_case_replication_counts enable row level security;
-- A number per use case id; the library joins it to the use cases the reader
-- may see (their own RLS), so it shows nothing of the others.
create policy "Anyone reads replication counts"
  on public.use_case_replication_counts for select to anon, authenticated
  using (true);
-- No write policy: the trigger below writes it.

create function private.count_replications() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    insert into public.use_case_replication_counts as c (use_case_id, replications)
    values (new.use_case_id, 1)
    on conflict (use_case_id) do update set replications = c.replications + 1;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    update public.use_case_replication_counts set replications = replications - 1
    where use_case_id = old.use_case_id;
  end if;
  return null;
end;
$$;
revoke execute on function private.count_replications() from public, anon, authenticated;

create trigger use_case_replications_count
  after insert or delete or update of use_case_id on public.use_case_replications
  for each row execute function private.count_replications();

insert into public.use_case_replication_counts (use_case_id, replications)
select use_case_id, count(*) from public.use_case_replications group by use_case_id;

-- Published use cases whose text matches `q` (websearch syntax) and that name
-- every city in `cities`, found with the GIN indexes on `search` and `cities`,
-- with their rank for `q` (ts_rank) and the columns the library sorts on.
-- Why it exists: under row level security Postgres evaluates the policy's
-- condition before any condition whose operator is not leakproof, and neither
-- @@ (text search) nor @> (array contains) is, so a security-invoker search
-- cannot use those indexes and reads every row (measured with the benchmark:
-- a rare word took as long as a scan of all 10,000 use cases). This function
-- runs as its owner, so the indexes serve, and answers only with published
-- use cases, which anyone may read: it tells nobody anything a search of the
-- library would not. The library's functions then read the rows as the
-- caller, RLS on. Ranking here, in the same pass as the match, reads each
-- matching search vector once.
-- It lives in its own schema, `library`, which PostgREST does not serve: the
-- library's functions (running as anon or the person) call it, no API caller
-- can, and no security definer function in public is open to anon.
create schema library;
comment on schema library is 'Internals of the replication library''s search, for its functions in public; not served by the API.';
revoke all on schema library from public;
grant usage on schema library to anon, authenticated, service_role;

create function library.published_use_case_matches(q text default '', cities text[] default null)
returns table (id uuid, rank real, published_at timestamptz, title text, slug text)
language plpgsql stable security definer
set search_path = ''
-- What the planner expects a search to find: a few dozen, so the rows are then
-- read by primary key (measured: expecting 500, a rare word built a
-- hash of every published id first, 4 of its 6 ms).
rows 50
as $$
declare
  searched boolean := pg_catalog.btrim(coalesce(q, '')) <> '';
begin
  if not searched and coalesce(pg_catalog.cardinality(cities), 0) = 0 then
    raise exception 'published_use_case_matches needs words or cities' using errcode = '22023';
  end if;
  -- Built for the conditions given, so each call is planned with its own (see the top of this file).
  return query execute 'select u.id, '
    || case when searched then 'pg_catalog.ts_rank(u.search, pg_catalog.websearch_to_tsquery(''english'', $1))' else 'null::real' end
    || ', u.published_at, u.title, u.slug from public.use_cases u where u.status = ''published'''
    || case when searched then ' and u.search @@ pg_catalog.websearch_to_tsquery(''english'', $1)' else '' end
    || case when pg_catalog.cardinality(cities) > 0 then ' and u.cities @> $2' else '' end
  using q, cities;
end;
$$;
comment on function library.published_use_case_matches(text, text[]) is
  'Published use cases matching words and naming cities, by index, with rank and sort keys; for the library''s functions, which read the rows as the caller.';
revoke execute on function library.published_use_case_matches(text, text[]) from public;
grant execute on function library.published_use_case_matches(text, text[]) to anon, authenticated, service_role;

-- One page of the library: {"total": n, "use_cases": [...]}, sorted by
-- relevance (ts_rank; newest when nothing is searched), newest (published_at)
-- or most replicated (use_case_replication_counts).
create function public.search_use_cases(
  q text default '',
  domain text default null,
  cities text[] default null,
  maturity text default null,
  pattern text default null,
  sort text default 'relevance',
  page_size integer default 24,
  page_offset integer default 0
) returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  searched boolean := pg_catalog.btrim(coalesce(q, '')) <> '';
  placed boolean := coalesce(pg_catalog.cardinality(cities), 0) > 0;
  filters text;
  found text;
  ordering text;
  result jsonb;
begin
  if sort is null or sort not in ('relevance', 'newest', 'replicated') then
    raise exception 'unknown sort %', sort using errcode = '22023';
  end if;
  filters := 'u.status <> ''retired'''
    || case when domain is not null then ' and u.domain = $2' else '' end
    || case when maturity is not null then ' and u.maturity = $4' else '' end
    || case when pattern is not null then
         ' and u.id in (select p.use_case_id from public.use_case_patterns p'
         || ' where p.pattern_id = (select b.id from public.business_model_patterns b where b.slug = $5))'
       else '' end;
  if searched or placed then
    -- Words or cities: the matches come by index (library.published_use_case_matches, plus the
    -- drafts a signed-in caller may read), and only their ids go through RLS here.
    found := 'select u.id, m.rank, m.published_at, m.title, m.slug from ('
      || 'select * from library.published_use_case_matches($1, $3)'
      || case when auth.role() = 'authenticated' then
           ' union all select d.id, '
           || case when searched then 'pg_catalog.ts_rank(d.search, pg_catalog.websearch_to_tsquery(''english'', $1))' else 'null::real' end
           || ', d.published_at, d.title, d.slug from public.use_cases d where d.status = ''draft'''
           || case when searched then ' and d.search @@ pg_catalog.websearch_to_tsquery(''english'', $1)' else '' end
           || case when placed then ' and d.cities @> $3' else '' end
         else '' end
      || ') m join public.use_cases u on u.id = m.id where ' || filters;
  else
    found := 'select u.id, null::real as rank, u.published_at, u.title, u.slug from public.use_cases u where ' || filters;
  end if;
  -- Ties keep the newest first, then the title; the slug makes the order total, so pages never overlap.
  ordering := case
    when sort = 'replicated' then 'replications desc, '
    when sort = 'relevance' and searched then 'rank desc, '
    else '' end || 'published_at desc nulls last, title, slug';
  -- With words or cities the matches are found once (materialized) and both
  -- the total and the page read them. Without, `found` is planned twice on its
  -- own (not materialized): the count reads an index alone, and the page
  -- (newest) stops after its rows on the published_at index.
  execute pg_catalog.format($sql$
    with found as %4$s (%1$s)
    select pg_catalog.jsonb_build_object(
      'total', (select pg_catalog.count(*) from found),
      'use_cases', coalesce((
        select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
          'slug', u.slug, 'title', u.title, 'city', u.city, 'country', u.country, 'domain', u.domain,
          'maturity', u.maturity, 'summary', u.summary, 'published_at', u.published_at,
          'replications', page.replications) order by %3$s)
        from (
          select f.id, f.rank, f.published_at, f.title, f.slug, coalesce(c.replications, 0) as replications
          from found f left join public.use_case_replication_counts c on c.use_case_id = f.id
          order by %2$s
          limit $6 offset $7
        ) page join public.use_cases u on u.id = page.id), '[]'::jsonb))
  $sql$,
    found,
    ordering,
    pg_catalog.regexp_replace(ordering, '(rank|replications|published_at|title|slug)', 'page.\1', 'g'),
    case when searched or placed then 'materialized' else 'not materialized' end)
  into result
  using q, domain, cities, maturity, pattern,
    least(greatest(coalesce(page_size, 24), 1), 100), greatest(coalesce(page_offset, 0), 0);
  return result;
end;
$$;
comment on function public.search_use_cases(text, text, text[], text, text, text, integer, integer) is
  'One page of the library and the total: websearch text, filters (domain, cities named, maturity, pattern slug), sort relevance | newest | replicated; never retired ones.';

-- How many use cases match the current search with each value of each filter:
-- {"domain": {"mobility": 3, ...}, "maturity": {...}, "city": {...}, "pattern": {...}}.
-- Each facet is counted with the other filters applied, not its own, so its
-- counts say what choosing another value would give. Values without a match
-- are left out. One scan finds the use cases of the words searched and marks
-- which filters each passes; the four counts are made from that.
create function public.library_facets(
  q text default '',
  domain text default null,
  cities text[] default null,
  maturity text default null,
  pattern text default null
) returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  searched boolean := pg_catalog.btrim(coalesce(q, '')) <> '';
  -- The filters that are set; a facet's counts take the others' marks. Unset
  -- ones are left out of the text (not "and true"), so the planner's row
  -- estimates stay right and it picks hash joins over the patterns.
  set_marks text[] := pg_catalog.array_remove(array[
    case when domain is not null then 'h.domain_ok' end,
    case when pg_catalog.cardinality(cities) > 0 then 'h.city_ok' end,
    case when maturity is not null then 'h.maturity_ok' end,
    case when pattern is not null then 'h.pattern_ok' end], null);
  passes text[];
  facet text;
  result jsonb;
begin
  foreach facet in array array['domain', 'city', 'maturity', 'pattern'] loop
    passes := passes || coalesce(
      nullif(pg_catalog.array_to_string(pg_catalog.array_remove(set_marks, 'h.' || facet || '_ok'), ' and '), ''), 'true');
  end loop;
  execute pg_catalog.format($sql$
    with hits as materialized (
      select u.id, u.domain, u.maturity, u.cities,
        %2$s as domain_ok, %3$s as city_ok, %4$s as maturity_ok, %5$s as pattern_ok
      from public.use_cases u
      where %1$s
    )
    select pg_catalog.jsonb_build_object(
      'domain', (select coalesce(pg_catalog.jsonb_object_agg(x.value, x.n), '{}') from (
        select h.domain as value, pg_catalog.count(*) as n from hits h
        where %6$s group by 1) x),
      'maturity', (select coalesce(pg_catalog.jsonb_object_agg(x.value, x.n), '{}') from (
        select h.maturity as value, pg_catalog.count(*) as n from hits h
        where %8$s group by 1) x),
      'city', (select coalesce(pg_catalog.jsonb_object_agg(x.value, x.n), '{}') from (
        select c.value, pg_catalog.count(*) as n from hits h cross join pg_catalog.unnest(h.cities) as c (value)
        where %7$s group by 1) x),
      'pattern', (select coalesce(pg_catalog.jsonb_object_agg(b.slug, x.n), '{}') from (
        select p.pattern_id, pg_catalog.count(*) as n from hits h join public.use_case_patterns p on p.use_case_id = h.id
        where %9$s group by 1) x
        join public.business_model_patterns b on b.id = x.pattern_id))
  $sql$,
    'u.status <> ''retired'''
      -- As in search_use_cases: published ones by index, and (signed in) the drafts the caller may read.
      || case when searched then
           ' and u.id in (select m.id from library.published_use_case_matches($1) m'
           || case when auth.role() = 'authenticated' then
                ' union all select d.id from public.use_cases d where d.status = ''draft'''
                || ' and d.search @@ pg_catalog.websearch_to_tsquery(''english'', $1)'
              else '' end
           || ')'
         else '' end,
    case when domain is not null then 'u.domain = $2' else 'true' end,
    case when pg_catalog.cardinality(cities) > 0 then 'u.cities @> $3' else 'true' end,
    case when maturity is not null then 'u.maturity = $4' else 'true' end,
    case when pattern is not null then
      'u.id in (select p.use_case_id from public.use_case_patterns p'
      || ' where p.pattern_id = (select b.id from public.business_model_patterns b where b.slug = $5))'
    else 'true' end,
    passes[1], passes[2], passes[3], passes[4])
  into result
  using q, domain, cities, maturity, pattern;
  return result;
end;
$$;
comment on function public.library_facets(text, text, text[], text, text) is
  'Facet counts of the library: per domain, maturity, city and pattern, each counted with the other filters applied, not its own.';
