package org.rectiflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application with the demo county, driven through MockMvc with HTTP Basic as the
 * demo users (user id = group id, password {@code demo}). Every test class with this
 * annotation shares one Spring context, so tests make their own records with
 * {@link Unique} codes and never rely on each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
public @interface ApiTest {

}
