package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiTest extends IntegrationTest {

    @Test
    void the_api_is_described_by_openapi_without_login() {
        Http.Response r = anonymous().get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/v1/notices")).isTrue();
        assertThat(r.json().get("paths").has("/api/v1/notices/{id}/review")).isTrue();
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
