package uk.lscb.cse;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "CSE action-plan bot admin API", version = "1",
                description = "Boards, people, plan import/export, queries and progress updates."),
        security = @SecurityRequirement(name = "adminToken"))
@SecurityScheme(name = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The value of CSE_ADMIN_TOKEN")
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
