-- The library's city filter: a use case shared by several cities is entered as
-- one `city` text ("Bologna, Genoa, London, Barcelona"), so filtering on
-- `city = 'Genoa'` missed it and the filter offered the whole text as one city.
-- `cities` holds the cities the text names, each once; the filter asks
-- `cities @> '{Genoa}'`. Row level security is unchanged: the policies of
-- use_cases decide who reads the column.

-- The splitting rule of citiesOf() in src/lib/domain/use-cases.ts: parts
-- between commas, slashes or semicolons, spaces tidied, empty parts, repeats
-- and the stand-ins for "any city" dropped. Immutable (it reads nothing but its
-- argument), which a generated column needs.
create function private.city_names(city text) returns text[]
language sql immutable
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(name order by first), '{}')
  from (
    select name, pg_catalog.min(position) as first
    from (
      select pg_catalog.btrim(pg_catalog.regexp_replace(part, '\s+', ' ', 'g')) as name, position
      from pg_catalog.regexp_split_to_table(city, '[,;/]') with ordinality as parts (part, position)
    ) tidied
    where name <> '' and pg_catalog.lower(name) not in ('any', 'any city', 'all cities')
    group by name
  ) named
$$;
comment on function private.city_names(text) is 'The cities a use case''s city text names (split at , / ;), each once, in the order written; none for "Any city".';
revoke execute on function private.city_names(text) from public, anon;
-- Every write computes the generated column: publishers' inserts and updates,
-- and the service role's (admin scripts, imports), as with private.join_words.
grant execute on function private.city_names(text) to authenticated, service_role;

alter table public.use_cases
  add column cities text[] generated always as (private.city_names(city)) stored;
comment on column public.use_cases.cities is 'The cities named in city, each its own value, for the library''s city filter.';

create index use_cases_cities_idx on public.use_cases using gin (cities);
