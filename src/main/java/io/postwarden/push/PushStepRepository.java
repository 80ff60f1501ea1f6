package io.postwarden.push;

import org.springframework.data.jpa.repository.JpaRepository;

interface PushStepRepository extends JpaRepository<PushStep, Long> {
}
