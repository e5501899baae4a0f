package org.baclo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordPolicyTest {

    @Test
    void length_is_12_to_128_characters() {
        assertThat(PasswordPolicy.problem("anna", "eleven-char"))
            .hasValueSatisfying(m -> assertThat(m).contains("12 to 128"));
        assertThat(PasswordPolicy.problem("anna", "twelve-chars")).isEmpty();
        assertThat(PasswordPolicy.problem("anna", "x".repeat(127) + "y")).isEmpty();
        assertThat(PasswordPolicy.problem("anna", "x".repeat(128) + "y")).isPresent();
        assertThat(PasswordPolicy.problem("anna", null)).isPresent();
    }

    @Test
    void characters_not_bytes_are_counted() {
        // 12 characters of 2 bytes each: allowed; 128 of 3 bytes (384 bytes): allowed
        assertThat(PasswordPolicy.problem("anna", "ééééééééééé1")).isEmpty();
        assertThat(PasswordPolicy.problem("anna", "€".repeat(127) + "1")).isEmpty();
    }

    @Test
    void the_username_is_refused_ignoring_case() {
        assertThat(PasswordPolicy.problem("dr.longusername", "Dr.LongUserName"))
            .hasValueSatisfying(m -> assertThat(m).contains("username"));
    }

    @Test
    void common_passwords_are_refused_ignoring_case() {
        assertThat(PasswordPolicy.listSize()).isGreaterThan(100);
        assertThat(PasswordPolicy.problem("anna", "Password1234"))
            .hasValueSatisfying(m -> assertThat(m).contains("common"));
        assertThat(PasswordPolicy.problem("anna", "1q2w3e4r5t6y")).isPresent();
        assertThat(PasswordPolicy.problem("anna", "correct horse battery")).isEmpty();
    }

    @Test
    void generated_passwords_meet_the_policy() {
        for (int i = 0; i < 50; i++) {
            assertThat(PasswordPolicy.problem("admin", Passwords.random())).isEmpty();
        }
    }

    @Test
    void new_hashes_have_no_72_byte_trap_and_bcrypt_hashes_still_verify() {
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder();
        String first = "a".repeat(72) + "-first";
        String hash = encoder.encode(first);
        assertThat(hash).startsWith("{" + SecurityConfig.HASH_ID + "}");
        assertThat(encoder.matches(first, hash)).isTrue();
        assertThat(encoder.matches("a".repeat(72) + "-other", hash)).isFalse();

        String bcrypt = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("an old password");
        assertThat(encoder.matches("an old password", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

}
