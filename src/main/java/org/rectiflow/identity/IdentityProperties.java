package org.rectiflow.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who exists: the first administrator, the demo users and the organizations of the
 * county.
 *
 * @param admin the first administrator (RECTIFLOW_ADMIN_USERNAME /
 * RECTIFLOW_ADMIN_PASSWORD)
 * @param demo demo users, one per group, all with the same password
 * @param organization how many inspection teams and which functional departments exist
 */
@ConfigurationProperties("rectiflow")
public record IdentityProperties(Admin admin, Demo demo, Organization organization) {

	public IdentityProperties {
		admin = (admin != null) ? admin : new Admin(null, null);
		demo = (demo != null) ? demo : new Demo(false, null);
		organization = (organization != null) ? organization : new Organization(3, null);
	}

	public record Admin(String username, String password) {

		boolean isComplete() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

	}

	public record Demo(boolean enabled, String password) {

	}

	public record Organization(int teams, Map<String, String> functionalDepartments) {

		public Organization {
			if (functionalDepartments == null || functionalDepartments.isEmpty()) {
				functionalDepartments = new LinkedHashMap<>();
				functionalDepartments.put("civil-affairs", "民政局");
				functionalDepartments.put("agriculture", "农业农村局");
				functionalDepartments.put("finance", "财政局");
				functionalDepartments.put("housing", "住房和城乡建设局");
				functionalDepartments.put("natural-resources", "自然资源局");
				functionalDepartments.put("water", "水利局");
			}
		}

	}

}
