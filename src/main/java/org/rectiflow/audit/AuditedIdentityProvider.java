package org.rectiflow.audit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.rectiflow.identity.GroupIds;

import org.springframework.stereotype.Component;

/**
 * Records every change of the discipline commission's members in the application's audit
 * log (issue 16, W3). Camunda's identity service is replaced by itself plus this record:
 * Camunda Admin, {@code /engine-rest}, the webapps' API and the application all change
 * members through it, in the engine's transaction, so nothing escapes and a rolled-back
 * change records nothing. Chosen over a filter on the identity REST paths (misses the
 * Java API and any new path) and over polling Camunda's operation log (late, and a
 * history clean-up could remove an entry first); docs/decisions/0020.
 */
@Component
class AuditedIdentityProvider extends AbstractProcessEnginePlugin {

	private final AuditLog audit;

	AuditedIdentityProvider(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return Provider.class;
			}

			@Override
			public Session openSession() {
				return new Provider(AuditedIdentityProvider.this.audit);
			}

		});
	}

	static final class Provider extends DbIdentityServiceProvider {

		private final AuditLog audit;

		Provider(AuditLog audit) {
			this.audit = audit;
		}

		@Override
		public IdentityOperationResult createMembership(String userId, String groupId) {
			IdentityOperationResult result = super.createMembership(userId, groupId);
			record(userId, groupId, true);
			return result;
		}

		@Override
		public IdentityOperationResult deleteMembership(String userId, String groupId) {
			IdentityOperationResult result = super.deleteMembership(userId, groupId);
			if (!IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
				record(userId, groupId, false);
			}
			return result;
		}

		private void record(String userId, String groupId, boolean added) {
			if (GroupIds.DISCIPLINE_COMMISSION.equals(groupId)) {
				CommandContext context = Context.getCommandContext();
				this.audit.membershipChanged((context != null) ? context.getAuthenticatedUserId() : null, userId,
						groupId, added);
			}
		}

	}

}
