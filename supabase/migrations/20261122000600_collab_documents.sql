-- Storage of the realtime server: Yjs updates in batches, compacted into
-- snapshots, and a plain-JSON projection of each canvas's notes.
create schema if not exists collab;
revoke all on schema collab from public;
comment on schema collab is 'Realtime document storage; written only by the realtime server over its own connection.';

create table collab.updates (
  id bigint generated always as identity primary key,
  room text not null,
  data bytea not null,
  created_at timestamptz not null default now()
);
comment on table collab.updates is 'Batches of Yjs updates of a room since its snapshot.';
create index updates_room_id_idx on collab.updates (room, id);

create table collab.snapshots (
  room text primary key,
  state bytea not null,
  last_update_id bigint not null,
  updated_at timestamptz not null default now()
);
comment on table collab.snapshots is 'Compacted Yjs state of a room, covering every update up to last_update_id.';

-- Not reachable through the API; RLS on and no policy, so no API role sees a row.
alter table collab.updates enable row level security;
alter table collab.snapshots enable row level security;

create table public.canvas_notes (
  canvas_id uuid not null references public.canvases (id) on delete cascade,
  note_id text not null,
  text text not null default '',
  block text,
  dimension text check (dimension in ('who', 'what', 'how', 'why')),
  author uuid,
  stakeholder text,
  cluster text,
  use_cases text[] not null default '{}',
  x double precision not null default 0,
  y double precision not null default 0,
  updated_at timestamptz not null default now(),
  primary key (canvas_id, note_id)
);
comment on table public.canvas_notes is 'Plain-JSON projection of each canvas''s notes, kept by the realtime server, for search, export and outcomes.';

alter table public.canvas_notes enable row level security;

create policy "Members read the notes of their workshop's canvases"
  on public.canvas_notes for select to authenticated
  using (exists (
    select 1 from public.canvases c
    where c.id = canvas_id and private.workshop_role(c.workshop_id) is not null
  ));
-- No write policy: only the realtime server writes the projection.
