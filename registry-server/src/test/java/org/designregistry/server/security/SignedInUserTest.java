package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class SignedInUserTest {

    @Test
    void isNobodyWithoutAnAuthenticationOrForAnAnonymousOne() {
        AnonymousAuthenticationToken anonymous =
                new AnonymousAuthenticationToken(
                        "key",
                        "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(SignedInUser.of(null)).isEqualTo(SignedInUser.NOBODY);
        assertThat(SignedInUser.of(anonymous)).isEqualTo(SignedInUser.NOBODY);
        assertThat(SignedInUser.NOBODY.signedIn()).isFalse();
        assertThat(SignedInUser.NOBODY.mayEdit()).isFalse();
    }

    @Test
    void letsEditorsAndTheRolesAboveThemEditButNotReaders() {
        assertThat(user("ROLE_READER").mayEdit()).isFalse();
        assertThat(user("ROLE_EDITOR").mayEdit()).isTrue();
        assertThat(user("ROLE_APPROVER").mayEdit()).isTrue();
        assertThat(user("ROLE_ADMIN").mayEdit()).isTrue();
    }

    @Test
    void namesTheHighestRole() {
        SignedInUser ada = user("ROLE_READER", "ROLE_ADMIN", "SOMETHING_ELSE");

        assertThat(ada.signedIn()).isTrue();
        assertThat(ada.name()).isEqualTo("someone");
        assertThat(ada.roleName()).isEqualTo("admin");
        assertThat(user("SOMETHING_ELSE").roleName()).isEmpty();
    }

    private static SignedInUser user(String... authorities) {
        return SignedInUser.of(
                UsernamePasswordAuthenticationToken.authenticated(
                        "someone",
                        "password",
                        AuthorityUtils.createAuthorityList(List.of(authorities))));
    }
}
