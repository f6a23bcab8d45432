package org.rectiflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/**
 * Lists answer a stable JSON shape: {@code {"content": [...], "page": {"size", "number",
 * "totalElements", "totalPages"}}}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class PagingConfiguration {

}
