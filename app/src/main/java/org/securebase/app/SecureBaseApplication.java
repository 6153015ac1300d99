package org.securebase.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application. Started by {@code securebase serve}, never directly. */
@SpringBootApplication
public class SecureBaseApplication {}
