package org.rectiflow.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {

	List<Letter> findBySubjectTypeAndSubjectIdOrderByIssuedAtDescIdDesc(SubjectType type, Long subjectId);

	Optional<Letter> findFirstBySubjectTypeAndSubjectIdAndTriggerAndDeadline(SubjectType type, Long subjectId,
			String trigger, LocalDate deadline);

	Optional<Letter> findFirstBySubjectTypeAndSubjectIdAndTriggerAndDeadlineIsNull(SubjectType type, Long subjectId,
			String trigger);

}
