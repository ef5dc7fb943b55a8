-- Use cases keep the language they are written in (issue 13): user content
-- stays as written, and the library says which language it is. Search stems
-- each use case with the text search configuration of its language and
-- matches a query against every language the library holds, so "Parkplatz"
-- finds "Parkplätze" and "pysäköinti" finds "pysäköintiä", while an English
-- word still finds English use cases.

-- The languages a workshop runs in (20261201000600); seeds are English.
alter table public.use_cases
  add column language text not null default 'en' check (language in ('en', 'de', 'fr', 'it', 'es', 'fi'));
comment on column public.use_cases.language is 'The language the use case is written in (en, de, fr, it, es, fi); its text is never translated.';

-- The text search configuration for a language code, `simple` (no stemming,
-- no stop words) for one Postgres has none for. Immutable (a regconfig chosen
-- from a constant list), so the generated column below may call it.
create function private.search_config(language text) returns regconfig
language sql immutable
set search_path = ''
as $$
  select (case language
    when 'en' then 'english' when 'de' then 'german' when 'fr' then 'french'
    when 'it' then 'italian' when 'es' then 'spanish' when 'fi' then 'finnish'
    else 'simple' end)::regconfig
$$;
revoke execute on function private.search_config(text) from public, anon;
-- Every write computes the generated column, which calls it (as private.join_words, 20261201000100).
grant execute on function private.search_config(text) to authenticated, service_role;

-- The search vector in the row's own language. A generated column's
-- expression cannot be changed in place before Postgres 17 (hosted projects
-- may run 15), so it is dropped and added again, with its index and storage
-- (20261201001100: kept in the row, not in TOAST).
drop index public.use_cases_search_idx;
alter table public.use_cases drop column search;
alter table public.use_cases add column search tsvector generated always as (
  setweight(to_tsvector(private.search_config(language), title || ' ' || city || ' ' || country), 'A')
  || setweight(to_tsvector(private.search_config(language), summary), 'B')
  || setweight(to_tsvector(private.search_config(language), who || ' ' || what || ' ' || how || ' ' || why), 'C')
  || setweight(to_tsvector(private.search_config(language),
       private.join_words(follower_cities) || ' ' || private.join_words(stakeholders) || ' '
       || private.join_words(internal_success_factors) || ' ' || private.join_words(external_success_factors) || ' '
       || private.join_words(funding_mechanisms) || ' ' || lessons || ' ' || replication_conditions), 'D')
) stored;
alter table public.use_cases alter column search set storage main;
comment on column public.use_cases.search is 'Full-text search vector in the use case''s language (private.search_config): title and place, summary, the four dimensions, lessons.';
create index use_cases_search_idx on public.use_cases using gin (search);

-- A query in whatever language the reader types, against every language the
-- library holds: the OR of its websearch readings in each configuration and in
-- `simple`, each distinct reading once ("sensors" reads 'sensor' in five
-- languages). A row's vector has its own language's stems, so its language's
-- reading is the one that matches it; the others match nothing there, or a
-- word both languages stem alike ("Sensor", "parking"). Each reading must find
-- all the words, as a search in one language would. One tsquery, so one GIN
-- index scan (the index holds every language's lexemes). Immutable: in the
-- library's functions (EXECUTE ... USING, one-shot plans) the call is folded
-- to a constant when the statement is planned, so it is parsed once a search.
create function library.any_language_query(q text) returns tsquery
language sql immutable
set search_path = ''
as $$
  select coalesce(
    (select pg_catalog.string_agg('(' || r.reading || ')', ' | ')::tsquery
     from (select distinct t.parsed::text as reading
           from pg_catalog.unnest(array[
             pg_catalog.websearch_to_tsquery('english', q), pg_catalog.websearch_to_tsquery('german', q),
             pg_catalog.websearch_to_tsquery('french', q), pg_catalog.websearch_to_tsquery('italian', q),
             pg_catalog.websearch_to_tsquery('spanish', q), pg_catalog.websearch_to_tsquery('finnish', q),
             pg_catalog.websearch_to_tsquery('simple', q)]) as t (parsed)
           -- Stop words only ("the" in English) read as nothing: that reading is left out.
           where pg_catalog.numnode(t.parsed) > 0) r),
    pg_catalog.websearch_to_tsquery('simple', q))
$$;
comment on function library.any_language_query(text) is
  'The websearch query q read in every language of the library (and simple), OR-ed: what the library matches use cases against.';
revoke execute on function library.any_language_query(text) from public;
grant execute on function library.any_language_query(text) to anon, authenticated, service_role;

-- The query read in a use case's own language, for ranking it: ts_rank of
-- the OR above would rank as for any one word of it (no weight for words
-- near each other), and of the row's language it ranks as before for English.
-- Without `set search_path` (every name is qualified) so that Postgres inlines
-- it: with q a constant its CASE branches fold to constant tsqueries, and a
-- row costs a choice of one, not a parse.
create function library.own_language_query(language text, q text) returns tsquery
language sql immutable
as $$
  select case language
    when 'en' then pg_catalog.websearch_to_tsquery('pg_catalog.english'::pg_catalog.regconfig, q)
    when 'de' then pg_catalog.websearch_to_tsquery('pg_catalog.german'::pg_catalog.regconfig, q)
    when 'fr' then pg_catalog.websearch_to_tsquery('pg_catalog.french'::pg_catalog.regconfig, q)
    when 'it' then pg_catalog.websearch_to_tsquery('pg_catalog.italian'::pg_catalog.regconfig, q)
    when 'es' then pg_catalog.websearch_to_tsquery('pg_catalog.spanish'::pg_catalog.regconfig, q)
    when 'fi' then pg_catalog.websearch_to_tsquery('pg_catalog.finnish'::pg_catalog.regconfig, q)
    else pg_catalog.websearch_to_tsquery('pg_catalog.simple'::pg_catalog.regconfig, q) end
$$;
comment on function library.own_language_query(text, text) is
  'The websearch query q read in the language a use case is written in; for ranking it.';
revoke execute on function library.own_language_query(text, text) from public;
grant execute on function library.own_language_query(text, text) to anon, authenticated, service_role;

-- The library's functions (20261201001100), matching through
-- library.any_language_query and ranking through library.own_language_query;
-- search_use_cases also answers each use case's language. Nothing else changes.
create or replace function library.published_use_case_matches(q text default '', cities text[] default null)
returns table (id uuid, rank real, published_at timestamptz, title text, slug text)
language plpgsql stable security definer
set search_path = ''
rows 50
as $$
declare
  searched boolean := pg_catalog.btrim(coalesce(q, '')) <> '';
begin
  if not searched and coalesce(pg_catalog.cardinality(cities), 0) = 0 then
    raise exception 'published_use_case_matches needs words or cities' using errcode = '22023';
  end if;
  return query execute 'select u.id, '
    || case when searched then 'pg_catalog.ts_rank(u.search, library.own_language_query(u.language, $1))' else 'null::real' end
    || ', u.published_at, u.title, u.slug from public.use_cases u where u.status = ''published'''
    || case when searched then ' and u.search @@ library.any_language_query($1)' else '' end
    || case when pg_catalog.cardinality(cities) > 0 then ' and u.cities @> $2' else '' end
  using q, cities;
end;
$$;
create or replace function public.search_use_cases(
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
           || case when searched then 'pg_catalog.ts_rank(d.search, library.own_language_query(d.language, $1))' else 'null::real' end
           || ', d.published_at, d.title, d.slug from public.use_cases d where d.status = ''draft'''
           || case when searched then ' and d.search @@ library.any_language_query($1)' else '' end
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
          'maturity', u.maturity, 'summary', u.summary, 'language', u.language, 'published_at', u.published_at,
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

create or replace function public.library_facets(
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
                || ' and d.search @@ library.any_language_query($1)'
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

-- A use case published from a workshop is written in the workshop's language
-- unless its publisher says otherwise. The database copies it from the
-- workshop when the use case is created (as the source and the Atos check,
-- 20261201000900: the insert's own value is not taken), and the publisher
-- may change it afterwards like any field of their text (update_use_case;
-- create_use_case_draft does that in the same transaction when the form names
-- a language). The seed and the service role write it as given.
drop function private.outcome_for_use_case(uuid);
create function private.outcome_for_use_case(workshop uuid)
returns table (source_use_case_id uuid, atos jsonb, revenue_model jsonb, language text)
language sql stable security definer
set search_path = ''
as $$
  select w.source_use_case_id,
         coalesce(o.content -> 'atos', '{}'::jsonb),
         coalesce(o.content -> 'revenue', '{}'::jsonb),
         w.language
  from public.workshops w
  left join public.outcomes o on o.workshop_id = w.id
  where w.id = workshop
$$;
revoke execute on function private.outcome_for_use_case(uuid) from public, anon;
grant execute on function private.outcome_for_use_case(uuid) to authenticated;

create or replace function private.stamp_use_case_publishing() returns trigger
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
      new.language := coalesce(source.language, new.language);
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

-- The publish form's language, when it names one, over the workshop's (see above).
create or replace function public.create_use_case_draft(use_case jsonb, patterns smallint[]) returns text
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
  if use_case ->> 'language' is not null then
    update public.use_cases u set language = use_case ->> 'language'
    where u.id = created_id and u.language <> use_case ->> 'language';
  end if;
  insert into public.use_case_patterns (use_case_id, pattern_id)
  select created_id, p from pg_catalog.unnest(coalesce(patterns, '{}')) as p
  on conflict do nothing;
  return created_slug;
end;
$$;

-- An edit changes the language only when the form names one.
create or replace function public.update_use_case(use_case_id uuid, use_case jsonb, patterns smallint[]) returns void
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
    lessons = coalesce(use_case ->> 'lessons', ''), replication_conditions = coalesce(use_case ->> 'replication_conditions', ''),
    language = coalesce(use_case ->> 'language', language)
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

-- A workshop started from a use case runs in the use case's language (its notes and outcome are that text).
create or replace function public.start_workshop_from_use_case(
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

  insert into public.workshops (title, host, purpose, organization_id, source_use_case_id, created_by, language)
  values (btrim(title), btrim(coalesce(host, '')), btrim(coalesce(purpose, '')), organization, source.id, me, source.language)
  returning id into created;
  insert into public.canvases (workshop_id, template, title, position)
  values (created, 'business-model-canvas', btrim(canvas_title), 0)
  returning id into canvas;
  insert into public.outcomes (workshop_id, content, source_use_case_id)
  values (created, outcome, source.id);
  return jsonb_build_object('workshop', created, 'canvas', canvas);
end;
$$;
