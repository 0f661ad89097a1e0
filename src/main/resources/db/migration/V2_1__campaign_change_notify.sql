-- Campaign settings appear in feeds (Atom title, widget); tell listeners to drop cached copies.
-- Event id 0 means "the campaign itself changed", not a message.
create function campaign_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('feed_events', '0:' || new.id);
    return new;
end;
$$;

create trigger campaign_changed
    after update on campaign
    for each row execute function campaign_changed();
