package org.rectiflow.calendar;

/**
 * The holiday file named by {@code rectiflow.calendar.holidays-location} is missing,
 * unreadable or malformed. The message names the file and every problem found.
 */
class InvalidHolidayDataException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	InvalidHolidayDataException(String message) {
		super(message);
	}

	InvalidHolidayDataException(String message, Throwable cause) {
		super(message, cause);
	}

}
