export * from './swedish-holidays.js';
export * from './work-calendar.js';
export * from './calendars.js';
export * from './working-day-duration.js';
export * from './week.js';
