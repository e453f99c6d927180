-- The sample ERP's tables. Portable SQL (H2 and PostgreSQL); the sample drops and recreates
-- them on every run so that it can be run again and again.
DROP TABLE IF EXISTS customer;
DROP TABLE IF EXISTS sales_line;
DROP TABLE IF EXISTS customer_grade;
DROP TABLE IF EXISTS attribution;
DROP TABLE IF EXISTS complaint_sla;
DROP TABLE IF EXISTS ledger_entry;
DROP TABLE IF EXISTS appraisal_result;
DROP TABLE IF EXISTS security_incident;
DROP TABLE IF EXISTS order_picking;
DROP TABLE IF EXISTS gas_read_rate;
CREATE TABLE customer (id VARCHAR(32) PRIMARY KEY, name VARCHAR(200) NOT NULL, customer_type VARCHAR(32) NOT NULL,
  region VARCHAR(32) NOT NULL, industry VARCHAR(64) NOT NULL, last_updated TIMESTAMP NOT NULL);
CREATE TABLE sales_line (id INTEGER PRIMARY KEY, sold_on DATE NOT NULL, customer_id VARCHAR(32) NOT NULL,
  product_id VARCHAR(32) NOT NULL, amount NUMERIC(14,2) NOT NULL, quantity INTEGER NOT NULL);
CREATE TABLE customer_grade (customer_id VARCHAR(32) PRIMARY KEY, grade VARCHAR(32) NOT NULL, sales_12m NUMERIC(14,2) NOT NULL,
  rule_ids VARCHAR(200) NOT NULL, explanation_zh VARCHAR(1000) NOT NULL);
CREATE TABLE attribution (visit_no INTEGER PRIMARY KEY, customer_id VARCHAR(32) NOT NULL, owner VARCHAR(32) NOT NULL,
  performance VARCHAR(32), bonus_split VARCHAR(200), bonus_amounts VARCHAR(200), rule_ids VARCHAR(200) NOT NULL);
CREATE TABLE complaint_sla (complaint_id VARCHAR(32) NOT NULL, target VARCHAR(32) NOT NULL, status VARCHAR(32) NOT NULL,
  due_at TIMESTAMP, PRIMARY KEY (complaint_id, target));
CREATE TABLE ledger_entry (seq INTEGER PRIMARY KEY, employee_id VARCHAR(32) NOT NULL, entry_date DATE NOT NULL, kind VARCHAR(16) NOT NULL,
  code VARCHAR(64) NOT NULL, amount NUMERIC(14,2) NOT NULL, points INTEGER NOT NULL, rule_id VARCHAR(16) NOT NULL);
CREATE TABLE appraisal_result (employee_id VARCHAR(32) PRIMARY KEY, total NUMERIC(6,2) NOT NULL, rank_no INTEGER NOT NULL,
  band VARCHAR(16) NOT NULL, outcome VARCHAR(40) NOT NULL);
CREATE TABLE security_incident (id INTEGER PRIMARY KEY, kind VARCHAR(40) NOT NULL, account_id VARCHAR(64) NOT NULL,
  at_time TIMESTAMP NOT NULL, rule_id VARCHAR(16) NOT NULL);
CREATE TABLE order_picking (order_id VARCHAR(32) PRIMARY KEY, received_at TIMESTAMP NOT NULL, quantity INTEGER NOT NULL,
  target VARCHAR(16) NOT NULL, causes VARCHAR(64) NOT NULL, deadline TIMESTAMP NOT NULL, picked VARCHAR(16) NOT NULL);
CREATE TABLE gas_read_rate (meter_class VARCHAR(32) PRIMARY KEY, due INTEGER NOT NULL, read_count INTEGER NOT NULL,
  rate_percent NUMERIC(7,2), target_percent NUMERIC(7,2) NOT NULL, status VARCHAR(16) NOT NULL);
