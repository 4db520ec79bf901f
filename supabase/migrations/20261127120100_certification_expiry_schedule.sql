-- Schedule the nightly certification expiry with pg_cron (Supabase: Integrations > Cron), the default host.
--
-- `cron.schedule` by job name replaces a job of the same name, so running this again changes nothing. The job runs
-- at 00:05 UTC (pg_cron's `cron.timezone`, UTC on Supabase); a mentor lapses at the end of their last valid day in
-- the organisation's time zone, so any time of day catches them within a day. Change the time with
-- `select cron.schedule('mentor-pause-certification-expiry', '<cron expression>', $$call ...$$)`.
--
-- Where pg_cron cannot be used (not installed, not preloaded, or this is not the database pg_cron runs in:
-- `cron.database_name`) the migration skips the schedule and says so with a NOTICE; run the expiry from the Edge
-- Function (supabase/functions/certification-expiry) or from Python (`mentor-pause jobs certification-expiry`)
-- instead. Supabase's docs install pg_cron into pg_catalog.
do $schedule$
declare
  usable boolean;
begin
  usable := exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron')
    and (exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron')
         or (pg_catalog.current_setting('shared_preload_libraries') ~ '(^|[ ,])pg_cron([ ,]|$)'
             and coalesce(pg_catalog.current_setting('cron.database_name', true), 'postgres')
                 = pg_catalog.current_database()));
  if not usable then
    raise notice 'pg_cron is not available in this database: the nightly certification expiry is not scheduled '
                 '(run it from the certification-expiry Edge Function or `mentor-pause jobs certification-expiry`)';
    return;
  end if;
  create extension if not exists pg_cron with schema pg_catalog;
  perform cron.schedule(
    'mentor-pause-certification-expiry',
    '5 0 * * *',
    $job$call private.run_certification_expiry('pg_cron')$job$
  );
end
$schedule$;
