-- Facilitation and voting: the agenda, the workshop's one timer, summoning
-- everyone to a canvas or a note, private writing rounds, and rounds of
-- decision (dots, scores, ranking) whose ballots are cast only through the
-- functions below. The realtime server hears every change on the channel
-- `collab_session` and writes the session document from the database; no
-- client writes it.

-- Refusals carry a stable key in HINT, which the app turns into its own words.
create function private.refuse(message text, key text, code text default 'P0001') returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception '%', message using errcode = code, hint = key;
end;
$$;
revoke execute on function private.refuse(text, text, text) from public, anon, authenticated;

create function private.require_facilitator(workshop uuid) returns void
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if private.workshop_role(workshop) is distinct from 'facilitator' then
    perform private.refuse('only a facilitator of this workshop may do this', 'not-facilitator', '42501');
  end if;
end;
$$;
revoke execute on function private.require_facilitator(uuid) from public, anon;
grant execute on function private.require_facilitator(uuid) to authenticated;

-- The agenda: phases in order; entering one can bring everyone to a canvas and start a round.
create table public.agenda_phases (
  id uuid primary key default gen_random_uuid(),
  workshop_id uuid not null references public.workshops (id) on delete cascade,
  position integer not null default 0,
  title text not null check (char_length(btrim(title)) between 1 and 80),
  canvas_id uuid references public.canvases (id) on delete set null,
  -- A round to open on entering: {kind, title, block, budget, cap, criteria, show_authors}.
  round_plan jsonb check (round_plan is null or jsonb_typeof(round_plan) = 'object'),
  created_at timestamptz not null default now()
);
comment on table public.agenda_phases is 'A workshop''s agenda, one row per phase, in position order.';
create index agenda_phases_workshop_idx on public.agenda_phases (workshop_id, position);

-- The live state of a workshop's session: one row per workshop.
create table public.workshop_sessions (
  workshop_id uuid primary key references public.workshops (id) on delete cascade,
  phase_id uuid references public.agenda_phases (id) on delete set null,
  timer_duration_ms integer check (timer_duration_ms between 1000 and 86400000),
  -- Running: the instant (database clock) it reaches zero. Paused: what was left.
  timer_ends_at timestamptz,
  timer_remaining_ms integer check (timer_remaining_ms >= 0),
  summon_canvas_id uuid references public.canvases (id) on delete set null,
  summon_note_id text check (char_length(summon_note_id) <= 64),
  summon_at timestamptz,
  -- Set when a facilitator hides everyone's cursors and shows only theirs.
  presenter_id uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  check (timer_ends_at is null or timer_remaining_ms is null)
);
comment on table public.workshop_sessions is 'Current phase, timer, summon and presenter of a workshop; changed only through the session functions.';

create table public.rounds (
  id uuid primary key default gen_random_uuid(),
  workshop_id uuid not null references public.workshops (id) on delete cascade,
  kind text not null check (kind in ('writing', 'dots', 'scores', 'ranking')),
  status text not null default 'open' check (status in ('open', 'closed', 'revealed')),
  title text not null check (char_length(btrim(title)) between 1 and 120),
  canvas_id uuid references public.canvases (id) on delete cascade,
  block text check (char_length(block) <= 64),
  budget integer not null default 3 check (budget between 1 and 20),
  cap integer check (cap between 1 and 20),
  criteria text[] not null default '{}' check (cardinality(criteria) <= 8),
  show_authors boolean not null default true,
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  revealed_at timestamptz,
  check (kind <> 'writing' or (canvas_id is not null and block is not null)),
  check (kind <> 'scores' or cardinality(criteria) >= 1)
);
comment on table public.rounds is 'A private writing round or a round of decision (dots, scores, ranking) of a workshop.';
create index rounds_workshop_idx on public.rounds (workshop_id, opened_at);
-- One open round per workshop: everyone's ballot screen shows one round.
create unique index rounds_one_open_idx on public.rounds (workshop_id) where status = 'open';

create table public.round_candidates (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete cascade,
  note_id text check (char_length(note_id) <= 64),
  label text not null check (char_length(label) between 1 and 500),
  position integer not null,
  unique (round_id, id),
  unique (round_id, position)
);
comment on table public.round_candidates is 'The notes put to a round of decision, with their text when it opened.';

-- One person's ballot in a round: the row every cast of theirs locks, so casts
-- of one person run one after the other, and `used <= budget` makes spending a
-- dot twice impossible.
create table public.ballots (
  round_id uuid not null references public.rounds (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  -- The round's workshop, so a cast's notification needs no lookup.
  workshop_id uuid not null references public.workshops (id) on delete cascade,
  stakeholder text not null check (stakeholder in ('city', 'company', 'developer', 'citizen', 'academia', 'other')),
  budget integer,
  used integer not null default 0 check (used >= 0 and used <= budget),
  cast_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (round_id, user_id)
);
comment on table public.ballots is 'Who has cast in a round, as which stakeholder type, and (dots) how many dots they spent.';

create table public.votes (
  round_id uuid not null,
  user_id uuid not null,
  candidate_id uuid not null,
  dots integer not null check (dots between 1 and 20),
  primary key (round_id, user_id, candidate_id),
  foreign key (round_id, user_id) references public.ballots (round_id, user_id) on delete cascade,
  foreign key (round_id, candidate_id) references public.round_candidates (round_id, id) on delete cascade
);
comment on table public.votes is 'Dots a person gave a candidate in a dot-voting round.';

create table public.scores (
  round_id uuid not null,
  user_id uuid not null,
  candidate_id uuid not null,
  criterion smallint not null check (criterion between 0 and 7),
  score smallint not null check (score between 1 and 5),
  primary key (round_id, user_id, candidate_id, criterion),
  foreign key (round_id, user_id) references public.ballots (round_id, user_id) on delete cascade,
  foreign key (round_id, candidate_id) references public.round_candidates (round_id, id) on delete cascade
);
comment on table public.scores is 'A person''s score (1 to 5) of a candidate on one criterion of a scoring round.';

create table public.rankings (
  round_id uuid not null,
  user_id uuid not null,
  candidate_id uuid not null,
  place smallint not null check (place >= 1),
  primary key (round_id, user_id, candidate_id),
  unique (round_id, user_id, place),
  foreign key (round_id, user_id) references public.ballots (round_id, user_id) on delete cascade,
  foreign key (round_id, candidate_id) references public.round_candidates (round_id, id) on delete cascade
);
comment on table public.rankings is 'A person''s order of the candidates of a ranking round (1 = first).';

-- Notes written in a private writing round: only their author reads them until
-- the realtime server puts them on the canvas at reveal (placed_at).
create table public.drafts (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  text text not null check (char_length(btrim(text)) between 1 and 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  placed_at timestamptz
);
comment on table public.drafts is 'A note written in a private writing round, seen only by its author until reveal.';
create index drafts_round_idx on public.drafts (round_id, user_id);

create index ballots_user_idx on public.ballots (user_id);
create index ballots_workshop_idx on public.ballots (workshop_id);
create index drafts_user_idx on public.drafts (user_id);
create index agenda_phases_canvas_idx on public.agenda_phases (canvas_id);
create index rounds_canvas_idx on public.rounds (canvas_id);

alter table public.agenda_phases enable row level security;
alter table public.workshop_sessions enable row level security;
alter table public.rounds enable row level security;
alter table public.round_candidates enable row level security;
alter table public.ballots enable row level security;
alter table public.votes enable row level security;
alter table public.scores enable row level security;
alter table public.rankings enable row level security;
alter table public.drafts enable row level security;

create function private.round_workshop(round uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$ select r.workshop_id from public.rounds r where r.id = round $$;
revoke execute on function private.round_workshop(uuid) from public, anon;
grant execute on function private.round_workshop(uuid) to authenticated;

-- Ballots of a round are readable by everyone in it once revealed, by its
-- facilitators always; each person always reads their own.
create function private.round_ballots_visible(round uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.rounds r
    where r.id = round
      and (private.workshop_role(r.workshop_id) = 'facilitator'
        or (r.status = 'revealed' and private.workshop_role(r.workshop_id) is not null))
  )
$$;
revoke execute on function private.round_ballots_visible(uuid) from public, anon;
grant execute on function private.round_ballots_visible(uuid) to authenticated;

-- A member who may write in this open writing round.
create function private.accepts_drafts(round uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.rounds r
    where r.id = round and r.kind = 'writing' and r.status = 'open'
      and private.workshop_role(r.workshop_id) in ('facilitator', 'participant')
  )
$$;
revoke execute on function private.accepts_drafts(uuid) from public, anon;
grant execute on function private.accepts_drafts(uuid) to authenticated;

create policy "Members read the agenda" on public.agenda_phases for select to authenticated
  using (private.workshop_role(workshop_id) is not null);
create policy "Facilitators add phases" on public.agenda_phases for insert to authenticated
  with check (private.workshop_role(workshop_id) = 'facilitator');
create policy "Facilitators change phases" on public.agenda_phases for update to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator')
  with check (private.workshop_role(workshop_id) = 'facilitator');
create policy "Facilitators remove phases" on public.agenda_phases for delete to authenticated
  using (private.workshop_role(workshop_id) = 'facilitator');

create policy "Members read the session" on public.workshop_sessions for select to authenticated
  using (private.workshop_role(workshop_id) is not null);
-- No write policy: the session functions below change it.

create policy "Members read rounds" on public.rounds for select to authenticated
  using (private.workshop_role(workshop_id) is not null);
create policy "Members read candidates" on public.round_candidates for select to authenticated
  using (private.workshop_role(private.round_workshop(round_id)) is not null);
-- No write policy on rounds or ballots: only the functions below write them.

create policy "Own ballot, or all once revealed" on public.ballots for select to authenticated
  using (user_id = (select auth.uid()) or private.round_ballots_visible(round_id));
create policy "Own votes, or all once revealed" on public.votes for select to authenticated
  using (user_id = (select auth.uid()) or private.round_ballots_visible(round_id));
create policy "Own scores, or all once revealed" on public.scores for select to authenticated
  using (user_id = (select auth.uid()) or private.round_ballots_visible(round_id));
create policy "Own ranking, or all once revealed" on public.rankings for select to authenticated
  using (user_id = (select auth.uid()) or private.round_ballots_visible(round_id));

-- Drafts: their author only, and only while the round is open (facilitators see counts, on the console).
create policy "Authors read their drafts" on public.drafts for select to authenticated
  using (user_id = (select auth.uid()));
create policy "Members write drafts in an open writing round" on public.drafts for insert to authenticated
  with check (user_id = (select auth.uid()) and private.accepts_drafts(round_id));
create policy "Authors change their drafts while the round is open" on public.drafts for update to authenticated
  using (user_id = (select auth.uid()) and placed_at is null and private.accepts_drafts(round_id))
  with check (user_id = (select auth.uid()) and placed_at is null and private.accepts_drafts(round_id));
create policy "Authors remove their drafts while the round is open" on public.drafts for delete to authenticated
  using (user_id = (select auth.uid()) and placed_at is null and private.accepts_drafts(round_id));

create trigger drafts_touch_updated_at before update on public.drafts
  for each row execute function public.touch_updated_at();
create trigger workshop_sessions_touch_updated_at before update on public.workshop_sessions
  for each row execute function public.touch_updated_at();

-- Every workshop has a session and the default agenda from the start.
create function private.start_session(workshop uuid) returns void
language sql security definer
set search_path = ''
as $$
  insert into public.workshop_sessions (workshop_id) values (workshop) on conflict do nothing;
  insert into public.agenda_phases (workshop_id, position, title)
  select workshop, p.position, p.title
  from (values (0, 'Welcome'), (1, 'Identify opportunities'), (2, 'Map value'), (3, 'Vote'), (4, 'Rank'), (5, 'Outcome'))
    as p (position, title)
  where not exists (select 1 from public.agenda_phases a where a.workshop_id = workshop);
$$;
revoke execute on function private.start_session(uuid) from public, anon, authenticated;

create function private.start_session_of_new_workshop() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.start_session(new.id);
  return null;
end;
$$;
revoke execute on function private.start_session_of_new_workshop() from public, anon, authenticated;
create trigger workshops_start_session after insert on public.workshops
  for each row execute function private.start_session_of_new_workshop();

select private.start_session(w.id) from public.workshops w;

-- Session functions (facilitators only). Instants come from the database's clock.
create function public.set_phase(workshop uuid, phase uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  entered public.agenda_phases%rowtype;
begin
  perform private.require_facilitator(workshop);
  if phase is not null then
    select * into entered from public.agenda_phases a where a.id = phase and a.workshop_id = workshop;
    if entered.id is null then
      perform private.refuse('this phase is not on the workshop''s agenda', 'not-found', '22023');
    end if;
  end if;
  update public.workshop_sessions s set phase_id = phase where s.workshop_id = workshop;
  -- Only a canvas of this workshop (a phase's canvas is written through the API).
  if entered.canvas_id is not null
     and exists (select 1 from public.canvases c where c.id = entered.canvas_id and c.workshop_id = workshop) then
    update public.workshop_sessions s
    set summon_canvas_id = entered.canvas_id, summon_note_id = null, summon_at = now()
    where s.workshop_id = workshop;
  end if;
  if entered.round_plan is not null
     and not exists (select 1 from public.rounds r where r.workshop_id = workshop and r.status = 'open') then
    perform public.open_round(
      workshop, entered.round_plan ->> 'kind', coalesce(entered.round_plan ->> 'title', entered.title),
      entered.canvas_id, entered.round_plan ->> 'block',
      coalesce((entered.round_plan ->> 'budget')::integer, 3), (entered.round_plan ->> 'cap')::integer,
      coalesce(array(select jsonb_array_elements_text(entered.round_plan -> 'criteria')), '{}'),
      coalesce((entered.round_plan ->> 'show_authors')::boolean, true), null);
  end if;
end;
$$;

create function public.control_timer(workshop uuid, action text, duration_ms integer default null) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  s public.workshop_sessions%rowtype;
  left_ms integer;
begin
  perform private.require_facilitator(workshop);
  select * into s from public.workshop_sessions ws where ws.workshop_id = workshop for update;
  left_ms := case
    when s.timer_ends_at is not null then greatest(0, (extract(epoch from s.timer_ends_at - now()) * 1000)::integer)
    else s.timer_remaining_ms end;
  case action
    when 'start' then
      if duration_ms is null or duration_ms not between 1000 and 86400000 then
        perform private.refuse('a timer runs from 1 second to 24 hours', 'timer-duration', '22023');
      end if;
      update public.workshop_sessions ws set timer_duration_ms = duration_ms,
        timer_ends_at = now() + make_interval(secs => duration_ms / 1000.0), timer_remaining_ms = null
      where ws.workshop_id = workshop;
    when 'pause' then
      if s.timer_ends_at is not null then
        update public.workshop_sessions ws set timer_ends_at = null, timer_remaining_ms = left_ms where ws.workshop_id = workshop;
      end if;
    when 'resume' then
      if s.timer_remaining_ms is not null then
        update public.workshop_sessions ws set timer_remaining_ms = null,
          timer_ends_at = now() + make_interval(secs => s.timer_remaining_ms / 1000.0)
        where ws.workshop_id = workshop;
      end if;
    when 'add-minute' then
      if s.timer_ends_at is not null then
        update public.workshop_sessions ws set timer_ends_at = greatest(ws.timer_ends_at, now()) + interval '1 minute',
          timer_duration_ms = least(86400000, ws.timer_duration_ms + 60000)
        where ws.workshop_id = workshop;
      elsif s.timer_remaining_ms is not null then
        update public.workshop_sessions ws set timer_remaining_ms = ws.timer_remaining_ms + 60000,
          timer_duration_ms = least(86400000, ws.timer_duration_ms + 60000)
        where ws.workshop_id = workshop;
      end if;
    when 'reset' then
      update public.workshop_sessions ws set timer_ends_at = null, timer_remaining_ms = null, timer_duration_ms = null
      where ws.workshop_id = workshop;
    else
      perform private.refuse('unknown timer action', 'timer-action', '22023');
  end case;
end;
$$;

create function public.summon(workshop uuid, canvas uuid, note text default null) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.require_facilitator(workshop);
  if canvas is not null and not exists (select 1 from public.canvases c where c.id = canvas and c.workshop_id = workshop) then
    perform private.refuse('this canvas is not in the workshop', 'not-found', '22023');
  end if;
  update public.workshop_sessions s
  set summon_canvas_id = canvas, summon_note_id = case when canvas is null then null else left(note, 64) end,
      summon_at = case when canvas is null then null else now() end
  where s.workshop_id = workshop;
end;
$$;

create function public.set_presenter(workshop uuid, presenting boolean) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.require_facilitator(workshop);
  update public.workshop_sessions s
  set presenter_id = case when presenting then auth.uid() else null end
  where s.workshop_id = workshop;
end;
$$;

-- Rounds (facilitators only).
create function public.open_round(
  workshop uuid, kind text, title text, canvas uuid, block text,
  budget integer, cap integer, criteria text[], show_authors boolean, candidates jsonb
) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  created uuid;
  n integer;
begin
  perform private.require_facilitator(workshop);
  if kind is null or kind not in ('writing', 'dots', 'scores', 'ranking') then
    perform private.refuse('unknown kind of round', 'round-kind', '22023');
  end if;
  if canvas is not null and not exists (select 1 from public.canvases c where c.id = canvas and c.workshop_id = workshop) then
    perform private.refuse('this canvas is not in the workshop', 'not-found', '22023');
  end if;
  if kind = 'writing' and (canvas is null or coalesce(block, '') = '') then
    perform private.refuse('a writing round needs a canvas and a block', 'round-block', '22023');
  end if;
  if kind = 'scores' and coalesce(cardinality(criteria), 0) = 0 then
    perform private.refuse('a scoring round needs at least one criterion', 'round-criteria', '22023');
  end if;
  if exists (select 1 from public.rounds r where r.workshop_id = workshop and r.status = 'open') then
    perform private.refuse('close the open round first', 'round-open', '55000');
  end if;
  insert into public.rounds (workshop_id, kind, title, canvas_id, block, budget, cap, criteria, show_authors)
  values (workshop, kind, btrim(coalesce(nullif(btrim(title), ''), initcap(kind))), canvas, nullif(block, ''),
          coalesce(budget, 3), cap, coalesce(criteria, '{}'), coalesce(show_authors, true))
  returning id into created;
  if kind <> 'writing' then
    if candidates is null and canvas is not null and block is not null then
      -- A block's notes, from the canvas's projection, top to bottom.
      insert into public.round_candidates (round_id, note_id, label, position)
      select created, cn.note_id, left(btrim(cn.text), 500), (row_number() over (order by cn.y, cn.x)) - 1
      from public.canvas_notes cn
      where cn.canvas_id = canvas and cn.block = open_round.block and btrim(cn.text) <> ''
      limit 40;
    elsif jsonb_typeof(candidates) = 'array' and jsonb_array_length(candidates) <= 40 then
      insert into public.round_candidates (round_id, note_id, label, position)
      select created, nullif(c.value ->> 'noteId', ''), left(btrim(c.value ->> 'label'), 500), (c.ordinality - 1)::integer
      from jsonb_array_elements(candidates) with ordinality as c (value, ordinality)
      where btrim(coalesce(c.value ->> 'label', '')) <> '';
    else
      perform private.refuse('candidates must be a list of at most 40 notes', 'round-candidates', '22023');
    end if;
    select count(*) into n from public.round_candidates rc where rc.round_id = created;
    if n < 2 then
      perform private.refuse('a round of decision needs at least two notes with text', 'round-candidates', '22023');
    end if;
  end if;
  return created;
end;
$$;

create function public.close_round(round uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  workshop uuid := private.round_workshop(round);
begin
  perform private.require_facilitator(workshop);
  -- Wait for the casts in flight (they hold the round for share), then stamp the
  -- instant the round really closed: now() is when this call began, which can be
  -- earlier than a cast that got the round first and is counted.
  perform 1 from public.rounds r where r.id = round for update;
  update public.rounds r set status = 'closed', closed_at = clock_timestamp() where r.id = round and r.status = 'open';
end;
$$;

create function public.reveal_round(round uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  workshop uuid := private.round_workshop(round);
begin
  perform private.require_facilitator(workshop);
  -- As in close_round: a round revealed while open closes once the casts in flight are in.
  perform 1 from public.rounds r where r.id = round for update;
  update public.rounds r
  set status = 'revealed', closed_at = coalesce(r.closed_at, clock_timestamp()), revealed_at = clock_timestamp()
  where r.id = round and r.status <> 'revealed';
end;
$$;

-- Ballots. Each checks, in order: the round exists, the caller is a member and
-- not an observer, the round is of this kind and open (read under a share lock,
-- so closing waits for casts in flight and a closed round is final), and the candidate.
create function private.ballot_round(round uuid, expected_kind text) returns public.rounds
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.rounds%rowtype;
  role text;
begin
  select * into r from public.rounds x where x.id = round for share;
  if r.id is null then
    perform private.refuse('there is no such round', 'not-found', '22023');
  end if;
  select m.role into role from public.workshop_members m where m.workshop_id = r.workshop_id and m.user_id = auth.uid();
  if role is null then
    perform private.refuse('you are not a member of this workshop', 'not-member', '42501');
  end if;
  if role = 'observer' then
    perform private.refuse('observers do not vote', 'observer', '42501');
  end if;
  if r.kind <> expected_kind then
    perform private.refuse('this round takes another kind of ballot', 'round-kind', '22023');
  end if;
  if r.status <> 'open' then
    perform private.refuse('this round is closed', 'round-closed', '55000');
  end if;
  return r;
end;
$$;
revoke execute on function private.ballot_round(uuid, text) from public, anon;
grant execute on function private.ballot_round(uuid, text) to authenticated;

create function private.require_candidate(round uuid, candidate uuid) returns void
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not exists (select 1 from public.round_candidates c where c.round_id = round and c.id = candidate) then
    perform private.refuse('this note is not a candidate of the round', 'not-candidate', '22023');
  end if;
end;
$$;
revoke execute on function private.require_candidate(uuid, uuid) from public, anon;
grant execute on function private.require_candidate(uuid, uuid) to authenticated;

-- Takes (creating it) the caller's ballot row, locked until the end of the call,
-- and spends (or gives back) dots: `used <= budget` (a table constraint)
-- refuses an overspend, however many casts of one person run at once.
create function private.lock_ballot(r public.rounds, spend integer) returns public.ballots
language plpgsql security definer
set search_path = ''
as $$
declare
  b public.ballots%rowtype;
begin
  insert into public.ballots (round_id, user_id, workshop_id, stakeholder, budget, used)
  select r.id, m.user_id, r.workshop_id, m.stakeholder, case when r.kind = 'dots' then r.budget end, greatest(spend, 0)
  from public.workshop_members m
  where m.workshop_id = r.workshop_id and m.user_id = auth.uid()
  on conflict (round_id, user_id) do update
    set used = public.ballots.used + spend, updated_at = now()
  returning * into b;
  return b;
exception when check_violation then
  if spend > 0 then
    perform private.refuse('you have no dots left', 'budget', '23514');
  end if;
  perform private.refuse('you have no dot on this note', 'no-vote', '22023');
end;
$$;
revoke execute on function private.lock_ballot(public.rounds, integer) from public, anon;
grant execute on function private.lock_ballot(public.rounds, integer) to authenticated;

create function public.cast_vote(round uuid, candidate uuid) returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.rounds := private.ballot_round(round, 'dots');
  b public.ballots;
  n integer;
begin
  perform private.require_candidate(round, candidate);
  b := private.lock_ballot(r, 1);
  insert into public.votes (round_id, user_id, candidate_id, dots) values (round, b.user_id, candidate, 1)
  on conflict (round_id, user_id, candidate_id) do update set dots = public.votes.dots + 1
  returning dots into n;
  if r.cap is not null and n > r.cap then
    perform private.refuse(format('at most %s dots on one note', r.cap), 'cap', '23514');
  end if;
  return b.budget - b.used;
end;
$$;
comment on function public.cast_vote(uuid, uuid) is 'Gives one dot to a candidate of an open dot-voting round; returns the dots left.';

create function public.withdraw_vote(round uuid, candidate uuid) returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.rounds := private.ballot_round(round, 'dots');
  b public.ballots;
  n integer;
begin
  perform private.require_candidate(round, candidate);
  b := private.lock_ballot(r, -1);
  -- The last dot removes the row (dots is never 0), so it is deleted, not decremented.
  delete from public.votes v
  where v.round_id = round and v.user_id = b.user_id and v.candidate_id = candidate and v.dots = 1
  returning 0 into n;
  if n is null then
    update public.votes v set dots = v.dots - 1
    where v.round_id = round and v.user_id = b.user_id and v.candidate_id = candidate
    returning v.dots into n;
  end if;
  if n is null then
    perform private.refuse('you have no dot on this note', 'no-vote', '22023');
  end if;
  return b.budget - b.used;
end;
$$;
comment on function public.withdraw_vote(uuid, uuid) is 'Takes back one dot from a candidate while the round is open; returns the dots left.';

create function public.cast_score(round uuid, candidate uuid, criterion integer, score integer) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.rounds := private.ballot_round(round, 'scores');
  b public.ballots;
begin
  perform private.require_candidate(round, candidate);
  if criterion is null or criterion < 0 or criterion >= cardinality(r.criteria) then
    perform private.refuse('this criterion is not in the round', 'not-criterion', '22023');
  end if;
  if score is null or score not between 1 and 5 then
    perform private.refuse('a score is from 1 to 5', 'score-range', '22023');
  end if;
  b := private.lock_ballot(r, 0);
  insert into public.scores (round_id, user_id, candidate_id, criterion, score)
  values (round, b.user_id, candidate, criterion, score)
  -- By constraint name: the column list would clash with the parameter `criterion`.
  on conflict on constraint scores_pkey do update set score = excluded.score;
end;
$$;
comment on function public.cast_score(uuid, uuid, integer, integer) is 'Scores a candidate 1 to 5 on one criterion (0-based) of an open scoring round; a new score replaces the last.';

create function public.cast_ranking(round uuid, candidates uuid[]) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  r public.rounds := private.ballot_round(round, 'ranking');
  b public.ballots;
begin
  if candidates is null
     or cardinality(candidates) <> (select count(*) from public.round_candidates c where c.round_id = round)
     or cardinality(candidates) <> (select count(distinct x) from unnest(candidates) x)
     or exists (select 1 from unnest(candidates) x where not exists (
          select 1 from public.round_candidates c where c.round_id = round and c.id = x)) then
    perform private.refuse('a ranking lists every candidate of the round once', 'ranking-incomplete', '22023');
  end if;
  b := private.lock_ballot(r, 0);
  delete from public.rankings k where k.round_id = round and k.user_id = b.user_id;
  insert into public.rankings (round_id, user_id, candidate_id, place)
  select round, b.user_id, x.id, x.place::smallint from unnest(candidates) with ordinality as x (id, place);
end;
$$;
comment on function public.cast_ranking(uuid, uuid[]) is 'Orders every candidate of an open ranking round (first = best); a new order replaces the last.';

-- The caller's own ballot (the ballot screen after a reload).
create function public.my_ballot(round uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'dots', coalesce((select jsonb_object_agg(v.candidate_id, v.dots) from public.votes v
                      where v.round_id = round and v.user_id = auth.uid()), '{}'),
    'scores', coalesce((select jsonb_object_agg(x.candidate_id, x.list) from (
                          select s.candidate_id, jsonb_object_agg(s.criterion, s.score) as list from public.scores s
                          where s.round_id = round and s.user_id = auth.uid() group by s.candidate_id) x), '{}'),
    'order', coalesce((select jsonb_agg(k.candidate_id order by k.place) from public.rankings k
                       where k.round_id = round and k.user_id = auth.uid()), '[]'))
$$;

-- A round's tally, aggregates only (the shape of `Tally` in src/lib/domain/rounds.ts).
-- Read by the realtime server, and through round_tally() by those allowed.
create function private.tally(round uuid) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  with r as (select * from public.rounds where id = round),
  voters as (
    select coalesce(jsonb_object_agg(stakeholder, n), '{}') as v
    from (select b.stakeholder, count(*) as n from public.ballots b where b.round_id = round group by b.stakeholder) x
  ),
  dots as (
    select coalesce(jsonb_object_agg(candidate_id, groups), '{}') as v from (
      select candidate_id, jsonb_object_agg(stakeholder, dots) as groups from (
        select v.candidate_id, b.stakeholder, sum(v.dots)::integer as dots
        from public.votes v join public.ballots b using (round_id, user_id)
        where v.round_id = round group by v.candidate_id, b.stakeholder) x
      group by candidate_id) y
  ),
  histograms as (
    select s.candidate_id, s.criterion, b.stakeholder,
      jsonb_build_array(count(*) filter (where s.score = 1), count(*) filter (where s.score = 2),
        count(*) filter (where s.score = 3), count(*) filter (where s.score = 4), count(*) filter (where s.score = 5)) as h
    from public.scores s join public.ballots b using (round_id, user_id)
    where s.round_id = round group by s.candidate_id, s.criterion, b.stakeholder
  ),
  scores as (
    select coalesce(jsonb_object_agg(c.id, (
      select coalesce(jsonb_agg(coalesce((select jsonb_object_agg(h.stakeholder, h.h) from histograms h
                                 where h.candidate_id = c.id and h.criterion = k), '{}') order by k), '[]')
      from generate_series(0, cardinality((select criteria from r)) - 1) k)), '{}') as v
    from public.round_candidates c where c.round_id = round
  ),
  n as (select count(*)::integer as n from public.round_candidates c where c.round_id = round),
  points as (
    select coalesce(jsonb_object_agg(candidate_id, groups), '{}') as v from (
      select candidate_id, jsonb_object_agg(stakeholder, p) as groups from (
        select k.candidate_id, b.stakeholder, sum((select n from n) - k.place)::integer as p
        from public.rankings k join public.ballots b using (round_id, user_id)
        where k.round_id = round group by k.candidate_id, b.stakeholder) x
      group by candidate_id) y
  )
  select case (select kind from r)
    when 'dots' then jsonb_build_object('kind', 'dots', 'voters', (select v from voters), 'dots', (select v from dots))
    when 'scores' then jsonb_build_object('kind', 'scores', 'voters', (select v from voters), 'scores', (select v from scores))
    when 'ranking' then jsonb_build_object('kind', 'ranking', 'voters', (select v from voters), 'points', (select v from points))
  end
$$;
revoke execute on function private.tally(uuid) from public, anon, authenticated;

create function public.round_tally(round uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.round_ballots_visible(round) then
    perform private.refuse('the results are shown at reveal', 'hidden', '42501');
  end if;
  return private.tally(round);
end;
$$;
comment on function public.round_tally(uuid) is 'A round''s tally by candidate and stakeholder type: for its facilitators always, for its members once revealed.';

revoke execute on function public.set_phase(uuid, uuid), public.control_timer(uuid, text, integer),
  public.summon(uuid, uuid, text), public.set_presenter(uuid, boolean),
  public.open_round(uuid, text, text, uuid, text, integer, integer, text[], boolean, jsonb),
  public.close_round(uuid), public.reveal_round(uuid), public.cast_vote(uuid, uuid), public.withdraw_vote(uuid, uuid),
  public.cast_score(uuid, uuid, integer, integer), public.cast_ranking(uuid, uuid[]), public.my_ballot(uuid),
  public.round_tally(uuid)
  from public, anon;
grant execute on function public.set_phase(uuid, uuid), public.control_timer(uuid, text, integer),
  public.summon(uuid, uuid, text), public.set_presenter(uuid, boolean),
  public.open_round(uuid, text, text, uuid, text, integer, integer, text[], boolean, jsonb),
  public.close_round(uuid), public.reveal_round(uuid), public.cast_vote(uuid, uuid), public.withdraw_vote(uuid, uuid),
  public.cast_score(uuid, uuid, integer, integer), public.cast_ranking(uuid, uuid[]), public.my_ballot(uuid),
  public.round_tally(uuid)
  to authenticated;

-- Changes reach the realtime server, which rewrites the session document.
-- Payload: {"workshop_id": ..., "topic": "session" | "agenda" | "round" | "ballot" | "draft" | "members", "round_id": ...}
create function private.notify_collab_session() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  row_data jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
  topic text := tg_argv[0];
  round uuid := case when topic in ('round', 'ballot', 'draft') then
    (case when topic = 'round' then row_data ->> 'id' else row_data ->> 'round_id' end)::uuid end;
  workshop uuid := coalesce((row_data ->> 'workshop_id')::uuid, private.round_workshop(round));
begin
  perform pg_notify('collab_session', json_build_object('workshop_id', workshop, 'topic', topic, 'round_id', round)::text);
  return null;
end;
$$;
revoke execute on function private.notify_collab_session() from public, anon, authenticated;

create trigger workshop_sessions_notify after insert or update on public.workshop_sessions
  for each row execute function private.notify_collab_session('session');
create trigger agenda_phases_notify after insert or update or delete on public.agenda_phases
  for each row execute function private.notify_collab_session('agenda');
create trigger rounds_notify after insert or update on public.rounds
  for each row execute function private.notify_collab_session('round');
create trigger ballots_notify after insert or update or delete on public.ballots
  for each row execute function private.notify_collab_session('ballot');
create trigger drafts_notify after insert or update or delete on public.drafts
  for each row execute function private.notify_collab_session('draft');
create trigger workshop_members_notify_session after insert or update or delete on public.workshop_members
  for each row execute function private.notify_collab_session('members');

-- The facilitators' console room: the live tallies and who has voted, for facilitators only.
create or replace function public.collab_access(room_kind text, room_id uuid)
returns table (workshop_id uuid, locked boolean, role text)
language sql stable security invoker
set search_path = ''
as $$
  select m.workshop_id, coalesce(c.locked, false), m.role
  from public.workshop_members m
  left join public.canvases c on room_kind = 'canvas' and c.id = room_id
  where m.user_id = (select auth.uid())
    and m.workshop_id = case room_kind when 'canvas' then c.workshop_id when 'session' then room_id when 'console' then room_id end
    and (room_kind <> 'console' or m.role = 'facilitator')
$$;
