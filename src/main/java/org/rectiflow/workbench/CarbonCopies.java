package org.rectiflow.workbench;

import java.util.ArrayList;
import java.util.List;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送: records a copy, and lists what was copied to a person or their groups. */
@Service
class CarbonCopies {

	private final CarbonCopyRepository repository;

	private final BusinessDate clock;

	CarbonCopies(CarbonCopyRepository repository, BusinessDate clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional
	CarbonCopy copy(TaskCard card, String processInstanceId, String toUser, String toGroup, String note,
			CurrentUser user) {
		return this.repository
			.save(new CarbonCopy(card, processInstanceId, toUser, toGroup, note, user.userId(), this.clock.now()));
	}

	@Transactional(readOnly = true)
	Page<CarbonCopy> copiedTo(CurrentUser user, int page) {
		return this.repository.copiedTo(user.userId(), groups(user), PageRequest.of(page, InboxQuery.PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	long count(CurrentUser user) {
		return this.repository.countCopiedTo(user.userId(), groups(user));
	}

	private static List<String> groups(CurrentUser user) {
		List<String> groups = new ArrayList<>(user.groups());
		if (groups.isEmpty()) {
			groups.add("");
		}
		return groups;
	}

}
