-- The outcome room (issue 12): `outcome:<workshop id>` holds the workshop's
-- outcome as a Y.Doc. Every member may open it; the realtime server lets only
-- facilitators write it (src/lib/domain/access.ts) and projects it into
-- public.outcomes.content. The newest collab_access (20261201000300) with the
-- 'outcome' kind added; an outcome is never locked (a closed workshop's group
-- still writes up what it decided).
create or replace function public.collab_access(room_kind text, room_id uuid)
returns table (workshop_id uuid, locked boolean, role text)
language sql stable security invoker
set search_path = ''
as $$
  select m.workshop_id, coalesce(c.locked, false) or (room_kind = 'canvas' and w.status = 'closed'), m.role
  from public.workshop_members m
  join public.workshops w on w.id = m.workshop_id
  left join public.canvases c on room_kind = 'canvas' and c.id = room_id
  where m.user_id = (select auth.uid())
    and m.workshop_id = case room_kind when 'canvas' then c.workshop_id when 'session' then room_id
      when 'console' then room_id when 'outcome' then room_id end
    and (room_kind <> 'console' or m.role = 'facilitator')
$$;
comment on function public.collab_access(text, uuid) is 'For the realtime server: the workshop, lock (the canvas''s own, or its workshop closed) and role of the caller for a canvas, session, console or outcome room; no row when the caller may not open it.';
