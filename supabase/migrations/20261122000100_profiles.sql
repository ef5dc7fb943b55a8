-- Profiles: the name and stakeholder type a person shows in workshops.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null check (char_length(btrim(display_name)) between 1 and 60),
  stakeholder text not null default 'citizen'
    check (stakeholder in ('city', 'company', 'developer', 'citizen', 'academia', 'other')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'Display name and stakeholder type of each signed-in person, anonymous or not.';

alter table public.profiles enable row level security;

create policy "People read their own profile"
  on public.profiles for select to authenticated
  using (id = (select auth.uid()));

create policy "People create their own profile"
  on public.profiles for insert to authenticated
  with check (id = (select auth.uid()));

create policy "People update their own profile"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Shared by every table that keeps updated_at.
create function public.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
revoke execute on function public.touch_updated_at() from public, anon, authenticated;

create trigger profiles_touch_updated_at
  before update on public.profiles
  for each row execute function public.touch_updated_at();
