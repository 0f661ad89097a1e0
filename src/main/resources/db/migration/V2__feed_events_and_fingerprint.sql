-- Salted hash of the sender's IP address (never the address itself), for rate limits and signals.
alter table message add column fingerprint varchar(64);
create index message_fingerprint_idx on message (campaign_id, fingerprint, submitted_at)
    where fingerprint is not null;

-- Every change to what the public feed shows, in commit order per campaign. Instances LISTEN for
-- the notification to push live updates and drop cached pages; reconnecting clients replay from here.
create table feed_event (
    id          bigserial primary key,
    campaign_id bigint      not null references campaign (id),
    message_id  uuid        not null,
    kind        varchar(16) not null check (kind in ('published', 'removed')),
    created_at  timestamptz not null default now()
);
create index feed_event_campaign_idx on feed_event (campaign_id, id);

create function message_feed_event() returns trigger
    language plpgsql as
$$
declare
    was_public boolean := tg_op = 'UPDATE' and old.status = 'APPROVED';
    is_public  boolean := new.status = 'APPROVED';
    event_kind varchar(16);
    event_id   bigint;
begin
    if is_public and (not was_public
        or old.body is distinct from new.body
        or old.author_name is distinct from new.author_name
        or old.organization is distinct from new.organization
        or old.country is distinct from new.country
        or old.language is distinct from new.language
        or old.published_at is distinct from new.published_at) then
        event_kind := 'published';
    elsif was_public and not is_public then
        event_kind := 'removed';
    else
        return new;
    end if;
    insert into feed_event (campaign_id, message_id, kind)
    values (new.campaign_id, new.id, event_kind)
    returning id into event_id;
    perform pg_notify('feed_events', event_id || ':' || new.campaign_id);
    return new;
end;
$$;

create trigger message_feed_event
    after insert or update on message
    for each row execute function message_feed_event();
