-- The sales dashboard's daily rollup: per day (in the servers' time zone, marquee.time-zone) and
-- movie, the confirmed orders made that day, their live tickets and their totals. A job
-- (org.marquee.report.control.ReportJobs) writes each finished day once it is over and writes it
-- again while refunds change it; the dashboard reads these rows for the past and the orders
-- themselves only for the days not rolled up yet (today). Never written by a sale: a hot show would
-- queue every sale behind one row.
create table sales_day (
    day            date        not null,
    movie_id       bigint      not null references movie (id),
    orders         integer     not null check (orders >= 0),
    tickets        integer     not null check (tickets >= 0),
    revenue_cents  bigint      not null check (revenue_cents >= 0),
    primary key (day, movie_id)
);

-- The days rolled up and when: a day without a row here is read from the orders
create table sales_day_rolled (
    day        date        primary key,
    rolled_at  timestamptz not null
);
