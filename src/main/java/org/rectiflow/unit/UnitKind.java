package org.rectiflow.unit;

public enum UnitKind {

	/** 乡镇(街道) */
	TOWNSHIP,
	/** 村 */
	VILLAGE,
	/** 社区 */
	COMMUNITY

}
