package org.rectiflow.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rectiflow.common.ReplayedRequest;

/**
 * A public request's body, read by counting bytes up to the limit (issue 16, W8): a
 * chunked request has no {@code Content-Length}, so the header alone cannot refuse it.
 * What was read is served again to the rest of the chain, and a form's fields are parsed
 * from it here, so that the servlet container never reads the body itself.
 */
final class BoundedBody extends ReplayedRequest {

	private Map<String, String[]> parameters;

	private BoundedBody(HttpServletRequest request, byte[] body) {
		super(request, body);
	}

	/**
	 * Reads the request's body.
	 * @return the request to pass on, or {@code null} when the body is larger than
	 * {@code maxBytes}
	 */
	static HttpServletRequest read(HttpServletRequest request, int maxBytes) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		InputStream in = request.getInputStream();
		for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
			read.write(buffer, 0, n);
			if (read.size() > maxBytes) {
				return null;
			}
		}
		return new BoundedBody(request, read.toByteArray());
	}

	@Override
	public String getParameter(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@Override
	public String[] getParameterValues(String name) {
		return getParameterMap().get(name);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		if (this.parameters == null) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			parse(getQueryString(), fields);
			String type = getContentType();
			if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
				parse(new String(body(), StandardCharsets.ISO_8859_1), fields);
			}
			Map<String, String[]> parameters = new LinkedHashMap<>();
			fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(parameters);
		}
		return this.parameters;
	}

	private static void parse(String encoded, Map<String, List<String>> fields) {
		if (encoded == null || encoded.isEmpty()) {
			return;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
