-- The Jakarta Batch job repository (WildFly's JBeret, configured by configure-84-batch.cli): job
-- instances, their executions, the executions of each step with its metrics and its last checkpoint
-- (reader and writer checkpoint info), so that a job interrupted by a failure or a crash restarts
-- from its last checkpoint. Table and column names are the ones JBeret's SQL uses (unquoted, so
-- PostgreSQL folds them to lower case). JBeret probes these tables when the server boots and creates
-- nothing when they exist; in an empty database it creates them first (WildFly starts the repository
-- before the deployment's Flyway), and "IF NOT EXISTS" keeps them (see SchemaMigrations).
-- Nothing else writes these tables except the platform's start-up recovery (InterruptedJobs), which
-- marks executions that a crash left running as FAILED.
CREATE TABLE IF NOT EXISTS job_instance (
    jobinstanceid   BIGSERIAL PRIMARY KEY,
    version         INTEGER,
    jobname         VARCHAR(512),
    applicationname VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS job_execution (
    jobexecutionid  BIGSERIAL PRIMARY KEY,
    jobinstanceid   BIGINT NOT NULL REFERENCES job_instance (jobinstanceid) ON DELETE CASCADE,
    version         INTEGER,
    createtime      TIMESTAMPTZ,
    starttime       TIMESTAMPTZ,
    endtime         TIMESTAMPTZ,
    lastupdatedtime TIMESTAMPTZ,
    batchstatus     VARCHAR(30),
    exitstatus      VARCHAR(512),
    jobparameters   VARCHAR(3000),
    restartposition VARCHAR(255)
);

CREATE TABLE IF NOT EXISTS step_execution (
    stepexecutionid      BIGSERIAL PRIMARY KEY,
    jobexecutionid       BIGINT NOT NULL REFERENCES job_execution (jobexecutionid) ON DELETE CASCADE,
    version              INTEGER,
    stepname             VARCHAR(255),
    starttime            TIMESTAMPTZ,
    endtime              TIMESTAMPTZ,
    batchstatus          VARCHAR(30),
    exitstatus           VARCHAR(512),
    executionexception   VARCHAR(2048),
    persistentuserdata   BYTEA,
    readcount            INTEGER,
    writecount           INTEGER,
    commitcount          INTEGER,
    rollbackcount        INTEGER,
    readskipcount        INTEGER,
    processskipcount     INTEGER,
    filtercount          INTEGER,
    writeskipcount       INTEGER,
    readercheckpointinfo BYTEA,
    writercheckpointinfo BYTEA
);

CREATE TABLE IF NOT EXISTS partition_execution (
    partitionexecutionid INTEGER NOT NULL,
    stepexecutionid      BIGINT NOT NULL REFERENCES step_execution (stepexecutionid) ON DELETE CASCADE,
    version              INTEGER,
    batchstatus          VARCHAR(30),
    exitstatus           VARCHAR(512),
    executionexception   VARCHAR(2048),
    persistentuserdata   BYTEA,
    readercheckpointinfo BYTEA,
    writercheckpointinfo BYTEA,
    PRIMARY KEY (partitionexecutionid, stepexecutionid)
);

-- The operator screen lists executions with their instance and step metrics; the start-up recovery
-- looks for executions still marked running.
CREATE INDEX IF NOT EXISTS job_execution_instance_idx ON job_execution (jobinstanceid);
CREATE INDEX IF NOT EXISTS job_execution_status_idx ON job_execution (batchstatus);
CREATE INDEX IF NOT EXISTS step_execution_execution_idx ON step_execution (jobexecutionid);
