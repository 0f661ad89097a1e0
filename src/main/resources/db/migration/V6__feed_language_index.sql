-- The feed's language filter means the language and its regional tags ("es" matches "es" and
-- "es-MX"). Keyed on the primary subtag, one ordered index range answers it however rare the
-- language is; the old index on the full tag could not serve "language = x or like 'x-%'", so
-- such a page used to walk the whole campaign until it had found enough rows.
create index message_feed_language_base_idx
    on message (campaign_id, (split_part(language, '-', 1)), published_at desc, id desc)
    where status = 'APPROVED';
drop index message_feed_language_idx;
