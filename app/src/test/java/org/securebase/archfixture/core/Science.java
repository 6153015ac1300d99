package org.securebase.archfixture.core;

import org.springframework.stereotype.Component;

/** Planted: science that knows about Spring. */
@Component
public class Science {}
