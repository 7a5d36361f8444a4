package eu.regioacademy.platform.cluster;

import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** What the workload needs beyond the services: a transaction of its own to issue a certificate in. */
@Configuration(proxyBeanMethods = false)
class WorkloadBeans {

    @Bean
    Issuer clusterWorkloadIssuer(CertificateService certificates) {
        return new Issuer(certificates);
    }

    /** Issues in a transaction of its own, as a feature's action would (and so with the deadlock retry). */
    static class Issuer {
        private final CertificateService certificates;

        Issuer(CertificateService certificates) {
            this.certificates = certificates;
        }

        @Transactional
        public String issue(Achievement achievement) {
            return certificates.issue(achievement).toString();
        }
    }
}
