/**
 * Working days: the {@link org.canlian.core.calendar.WorkingCalendar} that time limits counted in working days
 * (工作日) are computed with, Monday to Friday by default or from an official holiday table.
 */
package org.canlian.core.calendar;
