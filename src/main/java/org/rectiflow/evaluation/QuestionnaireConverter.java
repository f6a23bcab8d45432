package org.rectiflow.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a questionnaire as JSON in one column. */
@Converter
class QuestionnaireConverter implements AttributeConverter<Questionnaire, String> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String convertToDatabaseColumn(Questionnaire questionnaire) {
		try {
			return (questionnaire != null) ? JSON.writeValueAsString(questionnaire) : null;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Questionnaire convertToEntityAttribute(String json) {
		try {
			return (json != null) ? JSON.readValue(json, Questionnaire.class) : null;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("问卷数据损坏 / unreadable questionnaire", ex);
		}
	}

}
