-- Plans before and after the scale fixes (docs/benchmarks.md, "What the numbers changed"), on a database the
-- scale benchmark loaded:   psql -h 127.0.0.1 -U postgres -d rf_scale_100000 -f bench/plans.sql
-- "Before" drops the index inside a transaction that is rolled back: nothing changes in the database (a prepared
-- statement is planned again after the DROP).
\pset pager off
\timing off
-- a backlog of due timers, as after an outage: every timer due in the next 30 days counts as due now
\set now '(now() + interval \'30 days\')::timestamp'

\echo '=== 1. Job acquisition (Camunda selectNextJobsToExecute, PostgreSQL, 3 jobs) with rf_idx_job_due and rf_idx_job_locked'
prepare acquisition as
select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
from ACT_RU_JOB RES
where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= :now)
  and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < :now) and RES.SUSPENSION_STATE_ = 1
  and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2
          where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
            and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= :now)))
       or RES.EXCLUSIVE_ = false)
LIMIT 3 OFFSET 0;
explain (analyze, buffers, costs off) execute acquisition;

\echo '=== 1. the same, without the two indexes (before changeset 012)'
begin;
drop index rf_idx_job_due;
drop index rf_idx_job_locked;
explain (analyze, buffers, costs off) execute acquisition;
rollback;

\echo '=== 2. Dashboard: overdue items by township (LedgerStatistics) with ix_item_open_deadline'
prepare overdue_by_township as
select ri1_0.township_code, ri1_0.township_name, count(ri1_0.id)
from rectification_item ri1_0
where ri1_0.state <> 'SIGNED_OFF' and ri1_0.deadline < current_date
group by ri1_0.township_code, ri1_0.township_name;
explain (analyze, buffers, costs off) execute overdue_by_township;

\echo '=== 2. the same, without the aggregate indexes (before changesets 012 and 013)'
begin;
drop index ix_item_open_deadline;
drop index ix_item_state_totals;
explain (analyze, buffers, costs off) execute overdue_by_township;
rollback;

\echo '=== 3. The inspection office inbox (Camunda task query by candidate group, by due date, 15), planned for its value'
prepare inbox(text) as
select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_,
  RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_,
  RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_, RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_,
  RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_
from ACT_RU_TASK RES
  left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
  left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
  left join (select A.* from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2
             and (A.USER_ID_ in ($1, '*') or A.GROUP_ID_ in ($1))
             and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))) AUTH
    on (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*'))
where (RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ($1))
  and ((RES.CASE_EXECUTION_ID_ is not null) or (AUTH.RESOURCE_ID_ is not null))
  and RES.TENANT_ID_ is null
order by RES.DUE_DATE_ asc
limit 15 offset 0;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute inbox('inspection-office');
\echo '=== 3. the same with the generic plan that PostgreSQL keeps after five executions of the prepared statement'
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute inbox('inspection-office');
reset plan_cache_mode;
deallocate inbox;
deallocate acquisition;
deallocate overdue_by_township;
