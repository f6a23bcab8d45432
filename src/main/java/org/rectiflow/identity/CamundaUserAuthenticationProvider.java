package org.rectiflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login against Camunda's identity service, so that the console, the API and the
 * Camunda webapps share one set of users and groups. Each group becomes an authority.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	private final LoginLockouts lockouts;

	CamundaUserAuthenticationProvider(IdentityService identity, LoginLockouts lockouts) {
		this.identity = identity;
		this.lockouts = lockouts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null) {
			throw new BadCredentialsException("用户名或密码错误 / Wrong user name or password");
		}
		String source = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.lockouts.lockedUntil(userId, source).isPresent()) {
			throw new LockedException("密码错误次数过多，该账户在本地址暂时锁定，请稍后再试或请系统管理员解除 / Too many wrong passwords: the "
					+ "account is locked for this address for a while; try again later or ask an administrator");
		}
		if (!this.identity.checkPassword(userId, credentials.toString())) {
			this.lockouts.failed(userId, source);
			throw new BadCredentialsException("用户名或密码错误 / Wrong user name or password");
		}
		this.lockouts.succeeded(userId, source);
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
