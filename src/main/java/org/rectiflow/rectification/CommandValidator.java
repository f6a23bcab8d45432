package org.rectiflow.rectification;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a command before the ledger applies it; the message names every wrong field, so
 * that the person completing the task (or the API caller) can correct it.
 */
@Component
class CommandValidator {

	private final Validator validator;

	CommandValidator(Validator validator) {
		this.validator = validator;
	}

	<T> T valid(T command) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(command);
		if (!violations.isEmpty()) {
			String fields = violations.stream()
				.sorted(Comparator.comparing((violation) -> violation.getPropertyPath().toString()))
				.map((violation) -> violation.getPropertyPath() + ": " + violation.getMessage())
				.collect(Collectors.joining("; "));
			throw new ConstraintViolationException("输入不合法 / Invalid input: " + fields, violations);
		}
		return command;
	}

}
