package org.rectiflow.common;

/**
 * A value people read by its Chinese name: every enum a page, a letter or a form shows
 * carries its label here, once.
 */
public interface Labelled {

	String label();

}
