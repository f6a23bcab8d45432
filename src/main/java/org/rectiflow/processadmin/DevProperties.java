package org.rectiflow.processadmin;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Development settings ({@code rectiflow.dev.*}); the {@code dev} profile turns hot
 * reload on.
 *
 * @param hotReload whether {@code .bpmn} and {@code .form} files saved into the folders
 * below are redeployed while the application runs (default off)
 * @param processesDir the folder of the models (default {@code processes}, relative to
 * the working directory)
 * @param formsDir the folder of the forms (default {@code forms})
 * @param quietPeriod how long the folders must stay unchanged before a redeployment, so
 * that one save (often several file events) deploys once (default 500ms)
 */
@ConfigurationProperties("rectiflow.dev")
record DevProperties(@DefaultValue("false") boolean hotReload, @DefaultValue("processes") Path processesDir,
		@DefaultValue("forms") Path formsDir, @DefaultValue("500ms") Duration quietPeriod) {

}
