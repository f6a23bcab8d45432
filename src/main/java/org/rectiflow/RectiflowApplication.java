package org.rectiflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RectiflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(RectiflowApplication.class, args);
	}

}
