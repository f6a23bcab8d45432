-- The workbench inbox's statements before and after docs/benchmarks.md §6 (Camunda's task query vs the native one),
-- on the database of WorkbenchInboxBenchmark -Dbench.wbDb=rf_wb2.
\timing on
-- Camunda's task query, 本部门待办 page
explain (analyze, costs off) select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_, RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('inspection-office') ) ) and RES.SUSPENSION_STATE_ = 1 ) order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc LIMIT 20 OFFSET 0;
-- Camunda's count
explain (analyze, costs off) select count(distinct RES.ID_) from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('inspection-office') ) ) and RES.SUSPENSION_STATE_ = 1 );
-- native page
explain (analyze, costs off) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('inspection-office')) order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc LIMIT 20 OFFSET 0;
-- native count
explain (analyze, costs off) select count(*) from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('inspection-office'));
-- native overdue page
explain (analyze, costs off) select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('inspection-office')) and RES.DUE_DATE_ < now() and RES.DUE_DATE_ is not null order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc LIMIT 20 OFFSET 0;
