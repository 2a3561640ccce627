/**
 * The sales figures behind the dashboard: the daily rollup ({@code sales_day}), the job that keeps
 * it, and the live reading of the days not rolled up yet. Nothing here is on the path of a sale.
 */
package org.marquee.report.control;
