package org.rectiflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a login against Camunda's identity service, so that the console, the API and the
 * Camunda webapps share one set of users and groups. Each group becomes an authority.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	CamundaUserAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !this.identity.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("用户名或密码错误 / Wrong user name or password");
		}
		List<GrantedAuthority> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.<GrantedAuthority>map((group) -> new SimpleGrantedAuthority(group.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
