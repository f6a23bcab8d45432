package org.rectiflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.ReplayedRequest;
import org.rectiflow.identity.GroupIds;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every variable write through Camunda's REST doors, judged before Camunda sees it, so
 * that a refused request writes nothing (issue 16 B3, W11):
 * <ul>
 * <li>a task's completion ({@code complete}, {@code submit-form}, {@code resolve}) and
 * its variables and local variables: only the fields of the task's form
 * ({@link CompletionRules});</li>
 * <li>a process instance's or execution's variables, and variables sent with a message, a
 * signal or a modification: only a system administrator (403 for anyone else);</li>
 * <li>no variable larger than {@link VariableLimits#maxValue()}, no request larger than
 * {@link VariableLimits#maxRequest()}.</li>
 * </ul>
 * A refusal is a 400 in Camunda's error shape, naming the variable.
 */
final class VariableWriteFilter extends OncePerRequestFilter {

	private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");

	private static final Set<String> VARIABLE_RESOURCES = Set.of("variables", "localVariables");

	private static final List<String> VARIABLE_FIELDS = List.of("variables", "modifications", "processVariables",
			"processVariablesLocal", "processVariablesToTriggeredScope");

	private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");

	private final ObjectMapper json = new ObjectMapper();

	private final CompletionRules rules;

	private final VariableLimits limits;

	VariableWriteFilter(CompletionRules rules, VariableLimits limits) {
		this.rules = rules;
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> path = enginePath(request);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (path == null || !WRITES.contains(request.getMethod()) || user == null || !user.isAuthenticated()
				|| path.get(0).equals("deployment")) {
			chain.doFilter(request, response);
			return;
		}
		try {
			byte[] body = body(request);
			judge(path, body, isAdministrator(user));
			chain.doFilter(new ReplayedRequest(request, body), response);
		}
		catch (AdministratorsOnly ex) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, ex.getMessage());
		}
		catch (InvalidInputException ex) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
		}
		catch (RecordNotFoundException ex) {
			// no such task: Camunda answers as it does
			chain.doFilter(request, response);
		}
	}

	private void judge(List<String> path, byte[] body, boolean administrator) {
		boolean multipart = path.get(path.size() - 1).equals("data");
		JsonNode content = multipart ? MissingNode.getInstance() : parse(body);
		Map<String, JsonNode> written = written(path, content);
		for (Map.Entry<String, JsonNode> variable : written.entrySet()) {
			long size = variable.getValue().toString().getBytes(StandardCharsets.UTF_8).length;
			if (size > this.limits.maxValue().toBytes()) {
				throw tooLarge(variable.getKey());
			}
		}
		if (multipart && body.length > this.limits.maxValue().toBytes()) {
			throw tooLarge(path.get(path.size() - 2));
		}
		String resource = path.get(0);
		if (resource.equals("task") && path.size() >= 3
				&& (COMPLETIONS.contains(path.get(2)) || VARIABLE_RESOURCES.contains(path.get(2)))) {
			this.rules.check(path.get(1), written.keySet());
		}
		else if (!administrator && !written.isEmpty() && !resource.equals("task")
				&& !resource.equals("process-definition")) {
			String name = written.keySet().iterator().next();
			throw new AdministratorsOnly("只有系统管理员可以直接写流程变量 " + name + "，请通过办理任务填写 / only a system"
					+ " administrator may write process variable " + name + " directly; fill in the task's form");
		}
	}

	/** The variables the request writes, by name, with their JSON. */
	private static Map<String, JsonNode> written(List<String> path, JsonNode content) {
		Map<String, JsonNode> written = new LinkedHashMap<>();
		int variables = Math.max(path.indexOf("variables"), path.indexOf("localVariables"));
		if (variables > 0 && variables + 1 < path.size()) {
			written.put(path.get(variables + 1), content);
			return written;
		}
		for (String field : VARIABLE_FIELDS) {
			collect(content.path(field), written);
		}
		for (JsonNode deletion : content.path("deletions")) {
			written.put(deletion.asText(), deletion);
		}
		for (JsonNode instruction : content.path("instructions")) {
			collect(instruction.path("variables"), written);
		}
		return written;
	}

	private static void collect(JsonNode map, Map<String, JsonNode> written) {
		Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			written.put(field.getKey(), field.getValue());
		}
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (IOException ex) {
			// not JSON: Camunda refuses it itself
			return MissingNode.getInstance();
		}
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		long max = this.limits.maxRequest().toBytes();
		if (request.getContentLengthLong() > max) {
			throw tooLargeRequest();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (body.length > max) {
				throw tooLargeRequest();
			}
			return body;
		}
	}

	private InvalidInputException tooLarge(String name) {
		return new InvalidInputException(
				"变量 " + name + " 超过 " + this.limits.maxValue().toKilobytes() + "KB，文件请上传到佐证材料 / variable " + name
						+ " is larger than " + this.limits.maxValue().toKilobytes() + " KB; upload files as evidence");
	}

	private InvalidInputException tooLargeRequest() {
		return new InvalidInputException("请求超过 " + this.limits.maxRequest().toKilobytes()
				+ "KB / the request is larger than " + this.limits.maxRequest().toKilobytes() + " KB");
	}

	private void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type",
				(status == HttpServletResponse.SC_FORBIDDEN) ? "AuthorizationException" : "InvalidRequestException");
		error.put("message", message);
		error.put("code", null);
		response.getOutputStream().write(this.json.writeValueAsBytes(error));
	}

	private static boolean isAdministrator(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(GroupIds.CAMUNDA_ADMIN::equals);
	}

	/**
	 * The path below the engine: {@code [task, 42, complete]} for
	 * {@code /engine-rest/task/42/complete}, {@code /engine-rest/engine/default/task/...}
	 * or {@code /camunda/api/engine/engine/default/task/...}; {@code null} elsewhere.
	 */
	static List<String> enginePath(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		List<String> segments = java.util.Arrays.stream(uri.split("/")).filter((s) -> !s.isEmpty()).toList();
		int start;
		if (segments.size() >= 2 && segments.get(0).equals("engine-rest")) {
			start = (segments.get(1).equals("engine") && segments.size() > 3) ? 3 : 1;
		}
		else if (segments.size() > 5 && segments.get(0).equals("camunda") && segments.get(1).equals("api")
				&& segments.get(2).equals("engine") && segments.get(3).equals("engine")) {
			start = 5;
		}
		else {
			return null;
		}
		List<String> rest = segments.subList(start, segments.size());
		return rest.isEmpty() ? null : rest;
	}

	/** A variable write only a system administrator may make: 403. */
	private static final class AdministratorsOnly extends RuntimeException {

		AdministratorsOnly(String message) {
			super(message);
		}

	}

}
