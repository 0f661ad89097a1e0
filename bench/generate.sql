-- Fills one campaign with :approved approved messages and :pending pending ones, straight in SQL.
--
--   psql -v slug=big -v approved=1000000 -v pending=100000 -f bench/generate.sql
--
-- The campaign must exist (create it through the admin API so the application owns its id).
-- Rows look like real submissions: a mix of languages with text in that language, countries
-- weighted towards where campaigns spread, bodies from one line to a long letter, most without an
-- organization, half with a (private) e-mail, published over the last 180 days.
-- Feed triggers and foreign-key checks are skipped for the load (session_replication_role), so no
-- feed_event rows or notifications are produced; tell running instances afterwards (last line).
\set ON_ERROR_STOP on
\if :{?pending}
\else
\set pending 0
\endif

select id as campaign_id from campaign where slug = :'slug' \gset

set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '64MB';

begin;
create temporary table bench_language (n int primary key, tag text, phrases text[]) on commit drop;
insert into bench_language values
 (0, 'en', array['We stand with you.', 'Your struggle is our struggle.',
   'From our union hall to yours: solidarity forever.', 'Nobody should have to fight alone.',
   'We are watching, we are organising, and we will not forget.',
   'Our members voted unanimously to send this message of support.',
   'Hold the line. Help is on the way.', 'An injury to one is an injury to all.',
   'We will keep writing until every one of you is home safe.',
   'The whole neighbourhood signed this card for you.']),
 (1, 'es', array['Estamos con ustedes.', 'Su lucha es nuestra lucha.',
   'Desde nuestro sindicato, un abrazo fuerte y solidario.', 'Nadie debería luchar solo.',
   '¡Ni un paso atrás! Seguimos organizándonos.', 'La asamblea del barrio les envía todo su apoyo.',
   'Resistir es vencer.', 'Aquí estamos, y aquí seguiremos hasta que vuelvan a casa.']),
 (2, 'fr', array['Nous sommes à vos côtés.', 'Votre combat est le nôtre.',
   'Toute notre section syndicale vous soutient.', 'Personne ne devrait lutter seul.',
   'Tenez bon, nous ne lâcherons rien.', 'Solidarité totale depuis Marseille !']),
 (3, 'pt-BR', array['Estamos juntos nessa luta.', 'A sua luta é a nossa luta.',
   'Todo o apoio do nosso coletivo.', 'Ninguém solta a mão de ninguém.',
   'Seguimos firmes e organizados.']),
 (4, 'ar', array['نحن معكم.', 'نضالكم نضالنا.', 'كل التضامن من نقابتنا.',
   'لن تسيروا وحدكم أبدا.', 'اصمدوا، نحن هنا من أجلكم.']),
 (5, 'de', array['Wir stehen an eurer Seite.', 'Euer Kampf ist unser Kampf.',
   'Solidarische Grüße von der ganzen Belegschaft.', 'Niemand muss allein kämpfen.']),
 (6, 'it', array['Siamo con voi.', 'La vostra lotta è la nostra lotta.',
   'Tutto il sostegno del nostro circolo.', 'Nessuno deve lottare da solo.']),
 (7, 'tl', array['Kasama ninyo kami.', 'Ang laban ninyo ay laban namin.',
   'Buong suporta mula sa aming unyon.', 'Hindi kayo nag-iisa.']),
 (8, 'sw', array['Tuko pamoja nanyi.', 'Mapambano yenu ni mapambano yetu.',
   'Mshikamano kutoka kwa chama chetu.']),
 (9, 'hi', array['हम आपके साथ हैं।', 'आपका संघर्ष हमारा संघर्ष है।', 'हमारी यूनियन की ओर से पूरा समर्थन।']),
 (10, 'ja', array['私たちはあなたと共にいます。', 'あなたの闘いは私たちの闘いです。', '組合一同、心から連帯します。']),
 (11, 'es-MX', array['¡Aquí estamos, compas!', 'Desde Oaxaca, todo nuestro apoyo.',
   'La lucha sigue y sigue.']),
 (12, null, array['Solidarity! ✊', '✊✊✊', 'Stay strong 💪 ¡Fuerza!']);

-- Weighted picks: index into these arrays with a random number.
create temporary table bench_pick on commit drop as select
  array[0,0,0,0,0,0,1,1,1,1,2,2,3,3,4,4,5,6,7,8,9,10,11,12]::int[] as languages,
  array['US','US','US','MX','MX','BR','BR','FR','FR','ES','ES','DE','GB','GB','AR','CO','CL','PH',
        'PH','NG','KE','ZA','EG','MA','IN','IN','JP','IT','CA','AU','PS','LB','TR','PK','BD','ID',
        'VN','KR','SE','PL']::text[] as countries,
  array['Ana','Luis','Maria','Chen','Fatima','Olu','Priya','Sam','Yuki','Jean','Amira','Tomás',
        'Grace','Kwame','Lena','Diego','Noor','Hiro','Ines','Marco','Zainab','Ravi','Sofia','Ade']::text[]
    as names,
  array['Teachers Union Local 12','Sindicato de Trabajadores','Collectif Solidarité',
        'Coletivo Terra','Nurses United','Comité de Barrio','Dockworkers Council',
        'Student Assembly','Tenants Association','Faith Communities Together']::text[]
    as organizations;

-- Building indexes once after the load is several times faster than updating them row by row:
-- keep their definitions, drop them, and recreate them below (the primary key and the foreign keys
-- that depend on it included).
create temporary table bench_rebuild on commit drop as
  select 1 as step, format('alter table %s add constraint %I %s', conrelid::regclass, conname,
                           pg_get_constraintdef(oid)) as ddl
  from pg_constraint where contype = 'p' and conrelid = 'message'::regclass
  union all
  select 2, format('alter table %s add constraint %I %s', conrelid::regclass, conname,
                   pg_get_constraintdef(oid))
  from pg_constraint where contype = 'f' and confrelid = 'message'::regclass
  union all
  select 3, indexdef from pg_indexes i
  where tablename = 'message' and schemaname = current_schema()
    and not exists (select 1 from pg_constraint c where c.conindid = format('%I', i.indexname)::regclass);
do $$
declare r record;
begin
  for r in select conrelid::regclass as tbl, conname from pg_constraint
           where contype = 'f' and confrelid = 'message'::regclass loop
    execute format('alter table %s drop constraint %I', r.tbl, r.conname);
  end loop;
  for r in select conname from pg_constraint where contype = 'p' and conrelid = 'message'::regclass loop
    execute format('alter table message drop constraint %I', r.conname);
  end loop;
  for r in select indexname from pg_indexes where tablename = 'message' and schemaname = current_schema() loop
    execute format('drop index %I', r.indexname);
  end loop;
end $$;

-- Approved: published over the last 180 days, newest first by row number, submitted up to two days
-- before. Contents repeat every 400 rows (a fixed pseudo-random draw per row position), so every
-- page of 20 that starts on a multiple of 400 is the same page, whatever the campaign's size and
-- depth: the feed scenarios then compare costs, not the luck of a long letter in one page.
insert into message (id, campaign_id, author_name, organization, country, language, body, email,
                     status, version, submitted_at, published_at, decided_at, manage_token_hash,
                     fingerprint, body_hash)
select gen_random_uuid(), :campaign_id,
       p.names[1 + (r.a * 24)::int % 24] || ' ' || chr(65 + (r.b * 26)::int % 26) || '.',
       case when r.c < 0.35 then p.organizations[1 + (r.c * 1000)::int % 10] end,
       p.countries[1 + (r.d * 40)::int % 40],
       l.tag,
       m.body,
       case when r.e < 0.5 then 'ally' || g.i || '@example.org' end,
       'APPROVED', 1,
       r.published - make_interval(secs => 60 + r.f * 172800),
       r.published, r.published,
       md5(g.i::text || 'token') || md5(g.i::text || 'hash'),
       md5((g.i % 50000)::text) || md5((g.i % 50000)::text || 'fp'),
       -- Like the service's folded-body hash: equal texts share it, so duplicates are counted.
       encode(sha256(convert_to(lower(m.body), 'UTF8')), 'hex')
from generate_series(1, :approved) g(i)
cross join bench_pick p
cross join lateral (select u[1] a, u[2] b, u[3] c, u[4] d, u[5] e, u[6] f, u[7] h, u[8] k,
                           now() - make_interval(secs => g.i * 15552000.0 / :approved) as published
                    from (select array(select (hashint4((g.i % 400) * 16 + n) & 2147483647)
                                              / 2147483648.0
                                       from generate_series(1, 8) n) u) x) r
join bench_language l on l.n = p.languages[1 + (r.h * 24)::int % 24]
cross join lateral (
  -- 1 to 4 phrases usually; one message in twenty is a long letter of up to ~1,900 characters.
  select left(string_agg(l.phrases[1 + ((r.k * 7919 + s) * 13)::int % array_length(l.phrases, 1)], ' '), 1900)
           as body
  from generate_series(1, case when r.k < 0.05 then 20 + (r.k * 800)::int else 1 + (r.k * 4)::int end) s
  where g.i > 0) m;

-- Pending: submitted during the last 7 days, waiting for moderation.
insert into message (id, campaign_id, author_name, organization, country, language, body, email,
                     status, version, submitted_at, manage_token_hash, fingerprint, body_hash)
select gen_random_uuid(), :campaign_id,
       p.names[1 + (r.a * 24)::int % 24] || ' ' || chr(65 + (r.b * 26)::int % 26) || '.',
       case when r.c < 0.35 then p.organizations[1 + (r.c * 1000)::int % 10] end,
       p.countries[1 + (r.d * 40)::int % 40],
       l.tag,
       l.phrases[1 + (r.k * 100)::int % array_length(l.phrases, 1)]
         || ' ' || l.phrases[1 + (r.e * 100)::int % array_length(l.phrases, 1)],
       case when r.e < 0.5 then 'pending' || g.i || '@example.org' end,
       'PENDING', 0,
       now() - make_interval(secs => random() * 604800),
       md5(g.i::text || 'ptoken') || md5(g.i::text || 'phash'),
       md5((g.i % 50000)::text) || md5((g.i % 50000)::text || 'fp'),
       encode(sha256(convert_to(lower(l.phrases[1 + (r.k * 100)::int % array_length(l.phrases, 1)]
         || ' ' || l.phrases[1 + (r.e * 100)::int % array_length(l.phrases, 1)]), 'UTF8')), 'hex')
from generate_series(1, :pending) g(i)
cross join bench_pick p
cross join lateral (select random() a, random() b, random() c, random() d, random() e, random() h,
                           random() k where g.i > 0) r
join bench_language l on l.n = p.languages[1 + (r.h * 24)::int % 24];
set maintenance_work_mem = '256MB';
do $$
declare r record;
begin
  for r in select ddl from bench_rebuild order by step loop
    execute r.ddl;
  end loop;
end $$;
commit;

reset session_replication_role;
vacuum (analyze) message;
-- Running instances drop what they cached for this campaign (event id 0 = campaign changed).
select pg_notify('feed_events', '0:' || :campaign_id);
