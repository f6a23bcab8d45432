package org.rectiflow.round;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A cadre of the talent pool as the office enters it.
 *
 * @param name the name
 * @param homeUnitCode the unit the cadre comes from, if any
 * @param departmentGroupId the cadre's own organization's group, if any
 * @param position the post, if given
 * @param active whether the cadre may be assigned (true when omitted)
 * @param relations recorded relations to the leaders of units
 * @param specialties the cadre's specialties (财务, 党务, 法律, 审计 …)
 * @param availability whether the cadre may be drawn now (可抽调 when omitted)
 * @param availabilityNote why not, or until when
 */
record CadreForm(@NotBlank @Size(max = 50) String name,
		@Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*") String homeUnitCode,
		@Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String departmentGroupId,
		@Size(max = 100) String position, Boolean active, @Size(max = 50) List<@Valid @NotNull Relation> relations,
		@Size(max = 8) java.util.Set<@NotNull CadreSpecialty> specialties, CadreAvailability availability,
		@Size(max = 200) String availabilityNote) {

	CadreForm(String name, String homeUnitCode, String departmentGroupId, String position, Boolean active,
			List<Relation> relations) {
		this(name, homeUnitCode, departmentGroupId, position, active, relations, null, null, null);
	}

	/**
	 * A recorded relation.
	 *
	 * @param unitCode the unit whose leaders the cadre is related to
	 * @param note what the relation is
	 * @param kind kin, former post, interest or other (其他 when omitted)
	 */
	record Relation(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*") String unitCode,
			@Size(max = 200) String note, CadreRelationKind kind) {

		Relation(String unitCode, String note) {
			this(unitCode, note, null);
		}

	}

}
